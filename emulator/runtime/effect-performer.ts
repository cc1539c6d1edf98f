/**
 * Performs a committed step's effects (timers, task invocations, map run records) and keeps
 * count of what each execution holds, so that everything is released when it ends.
 */
import type { MapChildReport, MapRunReport, TaskInvocation } from "../asl";
import { mapChildChanges, type MapChildEvent } from "./map-child-records";
import type { ExecutionStep } from "../asl";
import { ROOT_FRAME_ID, type StepResult } from "../asl";
import type { TaskDispatcher, TaskReporter } from "../integrations";
import type { Json } from "../shared/json";
import type { MapRunRecord } from "../store/records";
import type { Store } from "../store/store";
import type { LiveExecution } from "./live-execution";
import type { Logger } from "./logger";
import type { ProgressTracker } from "./progress-tracker";
import type { TimerQueue } from "./timer-queue";
import { withBareTaskFailure } from "./sfl-history-events";
import { scheduledCallsByState } from "./mock-invocation-counts";
import type { CompatMode } from "../config";

/** Queues a step for an execution (the step runner's entry). */
export type StepScheduler = (live: LiveExecution, run: (step: ExecutionStep) => Promise<StepResult>) => void;

export interface EffectPerformerOptions {
  store: Store;
  dispatcher: TaskDispatcher;
  timers: TimerQueue;
  logger: Logger;
  now: () => number;
  /** Names the child executions of DISTRIBUTED Maps. */
  uuid: () => string;
  /** Counts task calls in flight, for the virtual and auto clocks. */
  progress: ProgressTracker;
  schedule: StepScheduler;
  /** `stepfunctions-local` records a mocked failure with its error and cause only. */
  compat: CompatMode;
  /** Scales a mocked answer's DelaySeconds as it scales a Wait state's seconds. */
  waitTimeScale: number;
}

/** The timer-queue key of a delayed mocked answer, apart from the interpreter's own timer ids. */
function answerTimerKey(live: LiveExecution, taskId: string): string {
  return `${live.record.executionArn}|answer:${taskId}`;
}

export class EffectPerformer {
  constructor(private readonly options: EffectPerformerOptions) {}

  perform(live: LiveExecution, result: StepResult): void {
    this.recordMapRuns(live, result);
    if (result.outcome) {
      this.release(live);
      return;
    }
    const arn = live.record.executionArn;
    for (const effect of result.effects) {
      switch (effect.type) {
        case "arm-timer":
          this.armTimer(live, effect.frameId, effect.timerId, effect.dueAt);
          break;
        case "cancel-timer": {
          const key = `${arn}|${effect.timerId}`;
          this.options.timers.cancel(key);
          live.timerKeys.delete(key);
          break;
        }
        case "invoke-task":
          this.invoke(live, effect.invocation);
          break;
        case "cancel-task":
          this.releaseTask(live, effect.taskId);
          break;
        case "map-run":
        case "map-child":
        case "map-child-event":
        case "execution-ended":
          break;
      }
    }
  }

  /** Drops every timer and task the execution holds: it has ended, by whatever path. */
  release(live: LiveExecution): void {
    for (const key of live.timerKeys) this.options.timers.cancel(key);
    live.timerKeys.clear();
    for (const taskId of [...live.tasks.keys()]) this.releaseTask(live, taskId);
  }

  /** A task's answer arrived (or it was cancelled): it no longer counts as pending. */
  releaseTask(live: LiveExecution, taskId: string): void {
    const key = answerTimerKey(live, taskId);
    if (live.timerKeys.delete(key)) this.options.timers.cancel(key);
    const task = live.tasks.get(taskId);
    if (!task) return;
    live.tasks.delete(taskId);
    this.options.dispatcher.release?.(task);
  }

  /** Re-arms the timers and re-issues the tasks of a recovered snapshot. */
  resume(live: LiveExecution): void {
    const seconds = live.program.timeoutSeconds;
    if (seconds !== undefined) this.armTimer(live, ROOT_FRAME_ID, "execution-timeout", live.record.startDate + seconds * 1000);
    const reissued: TaskInvocation[] = [];
    for (const frame of live.snapshot.frames.values()) {
      for (const [timerId, dueAt] of Object.entries(frame.timers)) this.armTimer(live, frame.id, timerId, dueAt);
      if (frame.task) reissued.push(frame.task);
    }
    if (live.info.mockTestCase !== undefined) this.resumeMockInvocations(live, reissued);
    // At-least-once: a task whose result never arrived is issued again; callbacks keep their token.
    for (const task of reissued) this.invoke(live, task);
  }

  /** A mocked state's calls go on numbering from the history: a call issued again takes the number it had. */
  private resumeMockInvocations(live: LiveExecution, reissued: readonly TaskInvocation[]): void {
    const calls = scheduledCallsByState(this.options.store, live.record.executionArn);
    for (const task of reissued) calls.set(task.stateName, Math.max(0, (calls.get(task.stateName) ?? 0) - 1));
    this.options.dispatcher.resumeInvocations?.(live.info, calls);
  }

  armTimer(live: LiveExecution, frameId: string, timerId: string, dueAt: number): void {
    const key = `${live.record.executionArn}|${timerId}`;
    live.timerKeys.add(key);
    this.options.timers.schedule(key, dueAt, () => {
      live.timerKeys.delete(key);
      this.options.schedule(live, (step) => step.signal({ type: "timer", frameId, timerId }));
    });
  }

  private invoke(live: LiveExecution, invocation: TaskInvocation): void {
    const { schedule, dispatcher, logger } = this.options;
    const base = { frameId: invocation.frameId, taskId: invocation.taskId };
    live.tasks.set(invocation.taskId, invocation);
    // A call in flight is work in hand: a virtual or auto clock must not move past it, unless the
    // call has handed its work over to an execution of this emulator, whose steps count instead.
    const { progress } = this.options;
    let inHand = true;
    const reporter: TaskReporter = {
      submitted: (output: Json): void => schedule(live, (step) => step.signal({ type: "task-heartbeat", ...base, submitted: output })),
      handedOver: () => {
        if (inHand) progress.end();
        inHand = false;
      },
      resumed: () => {
        if (!inHand) progress.begin();
        inHand = true;
      },
    };
    progress.begin();
    const settled = dispatcher.dispatch(invocation, live.info, reporter).then(
      (completion) => {
        switch (completion.status) {
          case "succeeded":
            this.answer(live, invocation, completion.delaySeconds, () => {
              schedule(live, (step) => step.signal({ type: "task-succeeded", ...base, output: completion.output }));
            });
            break;
          case "failed":
            this.answer(live, invocation, completion.delaySeconds, () => {
              schedule(live, async (step) => {
                const result = await step.signal({ type: "task-failed", ...base, error: completion.error, cause: completion.cause });
                const bare = completion.mocked === true && this.options.compat === "stepfunctions-local";
                return bare ? { ...result, events: result.events.map(withBareTaskFailure) } : result;
              });
            });
            break;
          case "pending":
            break;
        }
      },
      (error: unknown) => {
        // A dispatcher must report failures as completions; reaching here is a bug, reported like AWS's own.
        logger.error("task dispatch threw", error);
        live.tasks.delete(invocation.taskId);
        const cause = error instanceof Error ? error.message : String(error);
        schedule(live, (step) => step.signal({ type: "task-failed", ...base, error: "States.Runtime", cause }));
      },
    );
    void settled.finally(() => {
      if (inHand) progress.end();
    });
  }

  /**
   * Hands a task's answer to its state: at once, or, for a mocked answer with DelaySeconds (scaled
   * like a Wait state's), on the timer queue, as the execution's own timer: StopExecution and the
   * state's timeout cancel it, and until it fires the task stays pending without holding a virtual
   * or auto clock back. A restart re-issues the task, whose mock then takes its delay again.
   */
  private answer(live: LiveExecution, invocation: TaskInvocation, delaySeconds: number | undefined, deliver: () => void): void {
    const delayMillis = (delaySeconds ?? 0) * 1000 * this.options.waitTimeScale;
    if (delayMillis <= 0) {
      live.tasks.delete(invocation.taskId);
      deliver();
      return;
    }
    // An answer to a task already released (the execution ended meanwhile) has nobody to reach.
    if (!live.tasks.has(invocation.taskId)) return;
    const key = answerTimerKey(live, invocation.taskId);
    live.timerKeys.add(key);
    this.options.timers.schedule(key, this.options.now() + delayMillis, () => {
      live.timerKeys.delete(key);
      live.tasks.delete(invocation.taskId);
      deliver();
    });
  }

  /**
   * Keeps each map run's latest state for DescribeMapRun (one write per run and step, however many
   * iterations changed it) and its child executions; runs and children still going when their
   * execution ends are aborted with it.
   */
  private recordMapRuns(live: LiveExecution, result: StepResult): void {
    if (!live.durable) return;
    const { store, now } = this.options;
    const latest = new Map<string, MapRunReport>();
    const children: Array<MapChildReport | MapChildEvent> = [];
    for (const effect of result.effects) {
      if (effect.type === "map-run") latest.set(effect.report.mapRunArn, effect.report);
      else if (effect.type === "map-child") children.push(effect.report);
      else if (effect.type === "map-child-event") children.push(effect);
    }
    store.writeMapChildren(mapChildChanges(children, live.record.executionArn, now(), this.options.uuid));
    for (const report of latest.values()) {
      // A run that stopped (failed past its tolerance) aborts the children it still had running.
      if (report.status !== "RUNNING") store.abortMapChildren(report.mapRunArn, now());
      const existing = store.getMapRun(report.mapRunArn);
      const record: MapRunRecord = { ...report, executionArn: live.record.executionArn, startDate: existing?.startDate ?? now() };
      if (report.status !== "RUNNING") record.stopDate = now();
      if ((report.redriveCount ?? 0) > (existing?.redriveCount ?? 0)) record.redriveDate = now();
      else if (existing?.redriveDate !== undefined) record.redriveDate = existing.redriveDate;
      store.putMapRun(record);
    }
    if (result.outcome && result.outcome.status !== "SUCCEEDED") {
      for (const run of store.listMapRuns(live.record.executionArn)) {
        if (run.status !== "RUNNING") continue;
        store.putMapRun({ ...run, status: "ABORTED", running: 0, stopDate: now() });
        store.abortMapChildren(run.mapRunArn, now());
      }
    }
  }
}
