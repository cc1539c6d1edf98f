import type { Program } from "../asl/definition/program";
import type { ExecutionInfo } from "../asl/interpreter/execution-info";
import {
  ExecutionStep,
  ROOT_FRAME_ID,
  type ExecutionCursor,
  type StepResult,
} from "../asl/interpreter/execution-step";
import type { Frame } from "../asl/interpreter/frame";
import type { InterpreterPorts } from "../asl/interpreter/ports";
import type { ExecutionSignal } from "../asl/interpreter/signals";
import type { MapRunReport, TaskInvocation } from "../asl/interpreter/effects";
import type { MapRunLimits } from "../asl/states/map-state";
import { decodeTaskToken, type TaskTokenTarget } from "../asl/states/task-token";
import type { TaskDispatcher, TaskReporter } from "../integrations/task-dispatcher";
import type { Json } from "../shared/json";
import { ServiceError } from "../shared/service-error";
import type { ExecutionRecord, MapRunRecord, StateMachineRecord } from "../store/records";
import type { Store } from "../store/store";
import { ProgramCache } from "./program-cache";
import { REAL_EVALUATION_CLOCK } from "./real-evaluation-clock";
import { GroupCommit } from "./group-commit";
import { TimerQueue } from "./timer-queue";
import type { Logger } from "./logger";
import type { Clock } from "./clock/clock";
import { systemEntropy, type Entropy } from "./entropy";
import { notifyHistoryListeners, type HistoryListener } from "./history-listener";
import { withBareTaskFailure, withSflResourceNaming } from "./sfl-history-events";
import type { CompatMode } from "../config";
import { ProgressTracker } from "./progress-tracker";

/** An execution the runtime is driving, with its frames in memory. */
interface LiveExecution {
  record: ExecutionRecord;
  program: Program;
  info: ExecutionInfo;
  frames: Map<string, Frame>;
  cursor: ExecutionCursor;
  /** Signals are applied one at a time per execution, in arrival order. */
  chain: Promise<void>;
  ended: boolean;
  /** Express executions live in memory only, as on AWS they keep no history. */
  durable: boolean;
}

/** What StartExecution and StartSyncExecution hand the runtime. */
export interface StartRequest {
  /** Where the definition, role and type come from: the state machine, or the version started. */
  machine: StateMachineRecord;
  /** The state machine the execution belongs to (never a version or alias ARN). */
  stateMachineArn: string;
  name: string;
  executionArn: string;
  input: Json;
  /** The input exactly as the client sent it. */
  inputText: string;
  versionArn?: string;
  aliasArn?: string;
  /** The mock config test case chosen with `<stateMachineArn>#<TestCase>`. */
  mockTestCase?: string;
}

export interface ExecutionManagerOptions {
  store: Store;
  dispatcher: TaskDispatcher;
  logger: Logger;
  /** Every timestamp and deadline of the runtime comes from this clock. */
  clock: Clock;
  waitTimeScale: number;
  /** Randomness and generated ids (States.UUID, $random(), ...); the system's unless seeded. */
  entropy?: Entropy;
  /** Counts steps and task calls in hand, for the virtual and auto clocks. */
  progress?: ProgressTracker;
  /** Told about history events after they commit (coverage, event logs). */
  historyListeners?: readonly HistoryListener[];
  /** `stepfunctions-local` records events under Step Functions Local's naming; default `aws`. */
  compat?: CompatMode;
}

/**
 * The imperative shell around the interpreter: applies each step in one store transaction, then
 * performs its effects (timers, task invocations) and feeds their results back as signals.
 */
export class ExecutionManager {
  private readonly live = new Map<string, LiveExecution>();
  private readonly programs = new ProgramCache();
  private readonly commits: GroupCommit;
  private readonly timers: TimerQueue;
  private readonly endWaiters = new Map<string, Array<(record: ExecutionRecord | undefined) => void>>();
  private readonly ports: InterpreterPorts;
  private readonly progress: ProgressTracker;
  private closed = false;

  constructor(private readonly options: ExecutionManagerOptions) {
    this.timers = new TimerQueue(options.clock);
    this.commits = new GroupCommit(options.store);
    this.progress = options.progress ?? new ProgressTracker();
    const entropy = options.entropy ?? systemEntropy();
    this.ports = {
      now: () => options.clock.now(),
      random: () => entropy.random(),
      uuid: () => entropy.uuid(),
      waitTimeScale: options.waitTimeScale,
      evaluationClock: REAL_EVALUATION_CLOCK,
    };
  }

  private now(): number {
    return this.options.clock.now();
  }

  /** The chain that serves Task states, which TestState calls too when a request has no mock. */
  get dispatcher(): TaskDispatcher {
    return this.options.dispatcher;
  }

  /**
   * Persists a new execution (so StartExecution can answer) and runs its first step right after.
   * Express executions are kept in memory only.
   */
  start(request: StartRequest): ExecutionRecord {
    const { machine, mockTestCase } = request;
    if (mockTestCase !== undefined) this.options.dispatcher.checkTestCase?.(machine.name, mockTestCase);
    const record: ExecutionRecord = {
      executionArn: request.executionArn,
      stateMachineArn: request.stateMachineArn,
      name: request.name,
      status: "RUNNING",
      startDate: this.now(),
      input: request.inputText,
      definition: machine.definition,
      roleArn: machine.roleArn,
      type: machine.type,
      redriveCount: 0,
      runtime: { nextEventId: 1, nextSeq: 0 },
    };
    if (request.versionArn !== undefined) record.stateMachineVersionArn = request.versionArn;
    if (request.aliasArn !== undefined) record.stateMachineAliasArn = request.aliasArn;
    if (mockTestCase !== undefined) record.mockTestCase = mockTestCase;
    const durable = machine.type === "STANDARD";
    if (durable) this.options.store.createExecution({ execution: record, events: [], upsertFrames: [], deleteFrames: [] });
    const live = this.track(record, request.input, new Map(), durable);
    this.enqueue(live, (step) => step.start());
    return record;
  }

  /** Resumes every execution that was running when the emulator last stopped. */
  recover(): number {
    const running = this.options.store.listRunningExecutions();
    for (const record of running) {
      const frames = new Map<string, Frame>();
      // Frames in creation order, so timers due together re-arm (and fire) in the order they were set.
      const storedFrames = this.options.store.getFrames(record.executionArn).sort((a, b) => frameSeq(a.frameId) - frameSeq(b.frameId));
      for (const stored of storedFrames) {
        frames.set(stored.frameId, stored.data as unknown as Frame);
      }
      const live = this.track(record, JSON.parse(record.input) as Json, frames, true);
      if (live.cursor.nextEventId === 1) {
        this.enqueue(live, (step) => step.start());
        continue;
      }
      this.armTimeout(live);
      for (const frame of frames.values()) {
        for (const [timerId, dueAt] of Object.entries(frame.timers)) this.armTimer(live, frame.id, timerId, dueAt);
        // At-least-once: a task whose result never arrived is issued again; callbacks keep their token.
        if (frame.task) this.invoke(live, frame.task);
      }
    }
    return running.length;
  }

  /**
   * Runs an ended Standard execution again from the state it ended in (RedriveExecution); the
   * caller has checked that it can be redriven. Answers once the RUNNING record is on disk.
   */
  redrive(record: ExecutionRecord): ExecutionRecord {
    record.status = "RUNNING";
    record.redriveCount += 1;
    record.redriveDate = this.now();
    delete record.stopDate;
    delete record.output;
    delete record.error;
    delete record.cause;
    this.options.store.applyStep({ execution: record, events: [], upsertFrames: [], deleteFrames: [] });
    const frames = new Map<string, Frame>();
    for (const stored of this.options.store.getFrames(record.executionArn)) frames.set(stored.frameId, stored.data as unknown as Frame);
    const live = this.track(record, JSON.parse(record.input) as Json, frames, true);
    this.enqueue(live, (step) => step.redrive());
    return record;
  }

  /** UpdateMapRun on a run whose execution is still going; resolves once the change is recorded. */
  updateMapRun(executionArn: string, mapRunArn: string, limits: MapRunLimits): Promise<void> {
    const live = this.live.get(executionArn);
    if (!live) return Promise.resolve();
    this.enqueue(live, (step) => step.updateMapRun(mapRunArn, limits));
    return live.chain;
  }

  stop(executionArn: string, error: string | undefined, cause: string | undefined): Promise<void> {
    const live = this.live.get(executionArn);
    if (!live) return Promise.resolve();
    const signal: ExecutionSignal = { type: "stop" };
    if (error !== undefined) signal.error = error;
    if (cause !== undefined) signal.cause = cause;
    this.enqueue(live, (step) => step.signal(signal));
    return live.chain;
  }

  /** Routes SendTaskSuccess/Failure/Heartbeat to the waiting task; throws AWS's errors for bad tokens. */
  completeTask(
    token: string,
    completion: { type: "task-succeeded"; output: Json } | { type: "task-failed"; error: string; cause: string } | { type: "task-heartbeat"; workerName?: string },
  ): void {
    const { live, target } = this.waitingTask(token);
    const base = { frameId: target.frameId, taskId: target.taskId };
    const signal: ExecutionSignal =
      completion.type === "task-succeeded"
        ? { type: "task-succeeded", ...base, output: completion.output }
        : completion.type === "task-failed"
          ? { type: "task-failed", ...base, error: completion.error, cause: completion.cause }
          : completion.workerName === undefined
            ? { type: "task-heartbeat", ...base }
            : { type: "task-heartbeat", ...base, workerName: completion.workerName };
    this.enqueue(live, (step) => step.signal(signal));
  }

  /** The execution and task a token addresses; AWS's InvalidToken or TaskDoesNotExist when there is none. */
  waitingTask(token: string): { live: LiveExecution; target: TaskTokenTarget } {
    const target = decodeTaskToken(token);
    if (!target) throw new ServiceError("InvalidToken", "Invalid Token: 'Invalid token'");
    const live = this.live.get(target.executionArn);
    const frame = live?.frames.get(target.frameId);
    if (!live || !frame || frame.task?.taskId !== target.taskId) {
      throw new ServiceError("TaskDoesNotExist", "Task does not exist anymore");
    }
    return { live, target };
  }

  /** Resolves with the final record when the execution ends; undefined if it is not running here. */
  whenEnded(executionArn: string): Promise<ExecutionRecord | undefined> {
    const live = this.live.get(executionArn);
    if (!live || live.ended) return Promise.resolve(live?.record);
    return new Promise((resolve) => {
      const waiters = this.endWaiters.get(executionArn) ?? [];
      waiters.push(resolve);
      this.endWaiters.set(executionArn, waiters);
    });
  }

  /**
   * Forgets every execution being driven (a reset): their timers are dropped, results arriving
   * later are ignored, and callers waiting for them to end get undefined.
   */
  async reset(): Promise<void> {
    const chains = [...this.live.values()].map((live) => live.chain);
    for (const live of this.live.values()) live.ended = true;
    this.live.clear();
    // Steps already running finish their writes first, so nothing lands after the store is cleared.
    await Promise.all(chains);
    this.timers.close();
    const waiters = [...this.endWaiters.values()].flat();
    this.endWaiters.clear();
    for (const resolve of waiters) resolve(undefined);
  }

  /** Finishes the signals in flight; timers and task results arriving later are dropped. */
  async close(): Promise<void> {
    this.closed = true;
    this.timers.close();
    await Promise.all([...this.live.values()].map((live) => live.chain));
  }

  get runningCount(): number {
    return this.live.size;
  }

  /** The record of an execution being driven here, express ones included. */
  liveRecord(executionArn: string): ExecutionRecord | undefined {
    return this.live.get(executionArn)?.record;
  }

  private track(record: ExecutionRecord, input: Json, frames: Map<string, Frame>, durable: boolean): LiveExecution {
    const program = this.programs.get(record.definition);
    const machineName = record.stateMachineArn.split(":")[6] ?? "";
    const info: ExecutionInfo = {
      executionArn: record.executionArn,
      name: record.name,
      stateMachineArn: record.stateMachineArn,
      stateMachineName: machineName,
      roleArn: record.roleArn,
      startTime: record.startDate,
      input,
      inputText: record.input,
      redriveCount: record.redriveCount,
      type: record.type,
    };
    if (record.mockTestCase !== undefined) info.mockTestCase = record.mockTestCase;
    const live: LiveExecution = {
      record,
      program,
      info,
      frames,
      cursor: record.runtime as unknown as ExecutionCursor,
      chain: Promise.resolve(),
      ended: false,
      durable,
    };
    this.live.set(record.executionArn, live);
    return live;
  }

  private enqueue(live: LiveExecution, run: (step: ExecutionStep) => Promise<StepResult>): void {
    this.progress.begin();
    live.chain = live.chain.then(async () => {
      if (live.ended || this.closed) return;
      const step = new ExecutionStep(live.program, live.info, live.frames, live.cursor, this.ports);
      let result: StepResult;
      try {
        result = await run(step);
      } catch (error) {
        this.options.logger.error(`execution ${live.record.executionArn} failed inside the interpreter`, error);
        result = await new ExecutionStep(live.program, live.info, live.frames, live.cursor, this.ports).signal({
          type: "stop",
          error: "States.Runtime",
          cause: error instanceof Error ? error.message : String(error),
        });
      }
      if (this.options.compat === "stepfunctions-local") result = { ...result, events: result.events.map(withSflResourceNaming) };
      await this.persist(live, result);
      this.tellListeners(live, result);
      this.perform(live, result);
    }).catch((error: unknown) => {
      // A write that failed leaves the execution at its last persisted step; keep the chain alive.
      this.options.logger.error(`execution ${live.record.executionArn}: step not persisted`, error);
    }).finally(() => this.progress.end());
  }

  private tellListeners(live: LiveExecution, result: StepResult): void {
    notifyHistoryListeners(this.options.historyListeners ?? [], live.record, result.events, this.options.logger);
  }

  private persist(live: LiveExecution, result: StepResult): Promise<void> {
    const record = live.record;
    live.cursor = result.cursor;
    record.runtime = { ...result.cursor };
    const outcome = result.outcome;
    if (outcome) {
      record.status = outcome.status;
      record.stopDate = this.now();
      if (outcome.status === "SUCCEEDED") {
        record.output = JSON.stringify(outcome.output);
      } else {
        if (outcome.error !== undefined) record.error = outcome.error;
        if (outcome.cause !== undefined) record.cause = outcome.cause;
      }
    }
    if (!live.durable) return Promise.resolve();
    return this.commits.write({
      execution: record,
      events: result.events,
      upsertFrames: result.changedFrames.map((frame) => ({ frameId: frame.id, data: frame as unknown as Json })),
      deleteFrames: result.deletedFrameIds,
      // A failed execution keeps its root frame for RedriveExecution; the step lists what else to delete.
      deleteAllFrames: outcome?.status === "SUCCEEDED",
    });
  }

  private perform(live: LiveExecution, result: StepResult): void {
    const arn = live.record.executionArn;
    this.recordMapRuns(live, result);
    if (result.outcome) {
      live.ended = true;
      this.live.delete(arn);
      for (const resolve of this.endWaiters.get(arn) ?? []) resolve(live.record);
      this.endWaiters.delete(arn);
      return;
    }
    for (const effect of result.effects) {
      switch (effect.type) {
        case "arm-timer":
          this.armTimer(live, effect.frameId, effect.timerId, effect.dueAt);
          break;
        case "cancel-timer":
          this.timers.cancel(`${arn}|${effect.timerId}`);
          break;
        case "invoke-task":
          this.invoke(live, effect.invocation);
          break;
        case "cancel-task":
        case "map-run":
        case "execution-ended":
          break;
      }
    }
  }

  /**
   * Keeps each map run's latest state for DescribeMapRun (one write per run and step, however many
   * iterations changed it); runs still going when their execution ends are aborted with it.
   */
  private recordMapRuns(live: LiveExecution, result: StepResult): void {
    if (!live.durable) return;
    const { store } = this.options;
    const now = (): number => this.now();
    const latest = new Map<string, MapRunReport>();
    for (const effect of result.effects) if (effect.type === "map-run") latest.set(effect.report.mapRunArn, effect.report);
    for (const report of latest.values()) {
      const existing = store.getMapRun(report.mapRunArn);
      const record: MapRunRecord = {
        ...report,
        executionArn: live.record.executionArn,
        startDate: existing?.startDate ?? now(),
      };
      if (report.status !== "RUNNING") record.stopDate = now();
      store.putMapRun(record);
    }
    if (result.outcome && result.outcome.status !== "SUCCEEDED") {
      for (const run of store.listMapRuns(live.record.executionArn)) {
        if (run.status === "RUNNING") store.putMapRun({ ...run, status: "ABORTED", running: 0, stopDate: now() });
      }
    }
  }

  private armTimeout(live: LiveExecution): void {
    const seconds = live.program.timeoutSeconds;
    if (seconds === undefined) return;
    this.armTimer(live, ROOT_FRAME_ID, "execution-timeout", live.record.startDate + seconds * 1000);
  }

  private armTimer(live: LiveExecution, frameId: string, timerId: string, dueAt: number): void {
    this.timers.schedule(`${live.record.executionArn}|${timerId}`, dueAt, () => {
      this.enqueue(live, (step) => step.signal({ type: "timer", frameId, timerId }));
    });
  }

  private invoke(live: LiveExecution, invocation: TaskInvocation): void {
    // A call in flight is work in hand: a virtual or auto clock must not move past it, unless the
    // call has handed its work over to an execution of this emulator, whose steps count instead.
    let inHand = true;
    const reporter: TaskReporter = {
      submitted: (output: Json): void =>
        this.enqueue(live, (step) =>
          step.signal({ type: "task-heartbeat", frameId: invocation.frameId, taskId: invocation.taskId, submitted: output }),
        ),
      handedOver: () => {
        if (inHand) this.progress.end();
        inHand = false;
      },
      resumed: () => {
        if (!inHand) this.progress.begin();
        inHand = true;
      },
    };
    this.progress.begin();
    const settled = this.options.dispatcher.dispatch(invocation, live.info, reporter).then(
      (completion) => {
        const base = { frameId: invocation.frameId, taskId: invocation.taskId };
        switch (completion.status) {
          case "succeeded":
            this.enqueue(live, (step) => step.signal({ type: "task-succeeded", ...base, output: completion.output }));
            break;
          case "failed":
            this.enqueue(live, async (step) => {
              const result = await step.signal({ type: "task-failed", ...base, error: completion.error, cause: completion.cause });
              // Step Functions Local records a mocked failure with its error and cause only.
              const bare = completion.mocked === true && this.options.compat === "stepfunctions-local";
              return bare ? { ...result, events: result.events.map(withBareTaskFailure) } : result;
            });
            break;
          case "pending":
            break;
        }
      },
      (error: unknown) => {
        // A dispatcher must report failures as completions; reaching here is a bug, reported like AWS's own.
        this.options.logger.error("task dispatch threw", error);
        const cause = error instanceof Error ? error.message : String(error);
        this.enqueue(live, (step) =>
          step.signal({ type: "task-failed", frameId: invocation.frameId, taskId: invocation.taskId, error: "States.Runtime", cause }),
        );
      },
    );
    void settled.finally(() => {
      if (inHand) this.progress.end();
    });
  }
}

/** Frame ids end in the step sequence number that created them (`frame-12`); the root has none. */
function frameSeq(frameId: string): number {
  const match = /(\d+)$/.exec(frameId);
  return match ? Number(match[1]) : -1;
}
