import type { HistoryEventType } from "@aws-sdk/client-sfn";
import type { Json, JsonObject } from "../../shared/json";
import type { HistoryEvent } from "../history/history-event";
import { EventLog, payloadFields } from "../history/event-log";
import type { CompiledState, Program, SubMachine } from "../definition/program";
import type { Catcher, Retrier, StateDefinition } from "../definition/types";
import { AslError } from "../errors/asl-error";
import { errorMatches } from "../errors/error-matching";
import { hasAttemptsLeft, retryDelayMillis } from "../errors/retry-policy";
import { buildContextObject } from "../io/context-object";
import type { EvaluationScope } from "../io/evaluation-scope";
import { applyResultPath } from "../io/result-path";
import { stateHandler } from "../states/state-handlers";
import type { Effect, TaskInvocation } from "./effects";
import type { ExecutionInfo } from "./execution-info";
import type { Frame } from "./frame";
import type { StateOutcome } from "./outcome";
import type { InterpreterPorts } from "./ports";
import type { ExecutionSignal, FrameSignal } from "./signals";
import type { ChildSpec, EmitOptions, StepContext } from "./step-context";

export const ROOT_FRAME_ID = "root";

/** How an execution ended, when a step ends it. */
export type ExecutionOutcome =
  | { status: "SUCCEEDED"; output: Json }
  | { status: "FAILED" | "TIMED_OUT" | "ABORTED"; error?: string; cause?: string };

/** The interpreter's persistent bookkeeping beside the frames. */
export interface ExecutionCursor {
  nextEventId: number;
  nextSeq: number;
}

export interface StepResult {
  events: HistoryEvent[];
  effects: Effect[];
  changedFrames: Frame[];
  deletedFrameIds: string[];
  cursor: ExecutionCursor;
  outcome?: ExecutionOutcome;
}

type QueueItem = { frameId: string; signal: FrameSignal | "enter" };

/**
 * One step of an execution: applies a signal to the snapshot (frames + cursor) and collects the
 * events, effects and changed frames. The runtime persists the result in one transaction.
 */
export class ExecutionStep implements StepContext {
  private readonly log: EventLog;
  private readonly effects: Effect[] = [];
  private readonly dirty = new Set<string>();
  private readonly deleted = new Set<string>();
  private readonly queue: QueueItem[] = [];
  private outcome: ExecutionOutcome | undefined;
  private nextSeq: number;

  constructor(
    private readonly program: Program,
    readonly info: ExecutionInfo,
    private readonly frames: Map<string, Frame>,
    cursor: ExecutionCursor,
    readonly ports: InterpreterPorts,
  ) {
    this.log = new EventLog(cursor.nextEventId, ports.now);
    this.nextSeq = cursor.nextSeq;
  }

  /** Writes ExecutionStarted and enters the first state. */
  async start(): Promise<StepResult> {
    const root: Frame = {
      id: ROOT_FRAME_ID,
      parentId: null,
      machineKey: this.program.root.key,
      stateName: this.program.root.startAt,
      input: this.info.input,
      enteredTime: this.info.startTime,
      lastEventId: 0,
      variables: {},
      retryAttempts: [],
      progress: null,
      timers: {},
      task: null,
    };
    this.frames.set(root.id, root);
    this.log.append("ExecutionStarted", 0, {
      key: "executionStartedEventDetails",
      value: { ...payloadFields("input", this.info.input), roleArn: this.info.roleArn },
    });
    if (this.program.timeoutSeconds !== undefined) {
      this.effects.push({
        type: "arm-timer",
        frameId: ROOT_FRAME_ID,
        timerId: "execution-timeout",
        dueAt: this.info.startTime + this.program.timeoutSeconds * 1000,
      });
    }
    this.queue.push({ frameId: root.id, signal: "enter" });
    await this.drain();
    return this.result();
  }

  /** Applies a signal from outside: a timer, a task result, a stop. */
  async signal(signal: ExecutionSignal): Promise<StepResult> {
    switch (signal.type) {
      case "stop":
        this.endExecution(ROOT_FRAME_ID, { status: "ABORTED", ...errorFields(signal.error, signal.cause) });
        break;
      case "execution-timeout":
        this.endExecution(ROOT_FRAME_ID, { status: "TIMED_OUT" });
        break;
      case "timer":
        if (signal.timerId === "execution-timeout") {
          this.endExecution(ROOT_FRAME_ID, { status: "TIMED_OUT" });
          break;
        }
        this.queue.push({ frameId: signal.frameId, signal: { type: "timer", timerId: signal.timerId } });
        break;
      case "task-succeeded":
        this.queue.push({
          frameId: signal.frameId,
          signal: { type: "task-succeeded", taskId: signal.taskId, output: signal.output },
        });
        break;
      case "task-failed":
        this.queue.push({
          frameId: signal.frameId,
          signal: { type: "task-failed", taskId: signal.taskId, error: signal.error, cause: signal.cause },
        });
        break;
      case "task-heartbeat":
        this.queue.push({
          frameId: signal.frameId,
          signal:
            signal.workerName === undefined
              ? { type: "task-heartbeat", taskId: signal.taskId }
              : { type: "task-heartbeat", taskId: signal.taskId, workerName: signal.workerName },
        });
        break;
    }
    await this.drain();
    return this.result();
  }

  private result(): StepResult {
    const changedFrames: Frame[] = [];
    for (const id of this.dirty) {
      const frame = this.frames.get(id);
      if (frame) changedFrames.push(frame);
    }
    const result: StepResult = {
      events: this.log.events,
      effects: this.effects,
      changedFrames,
      deletedFrameIds: [...this.deleted],
      cursor: { nextEventId: this.log.nextEventId, nextSeq: this.nextSeq },
    };
    if (this.outcome) result.outcome = this.outcome;
    return result;
  }

  private async drain(): Promise<void> {
    let item: QueueItem | undefined;
    while (!this.outcome && (item = this.queue.shift()) !== undefined) {
      const frame = this.frames.get(item.frameId);
      // A signal for a frame that has ended since (a cancelled branch, a late task result) is dropped.
      if (!frame) continue;
      await this.advance(frame, item.signal);
    }
  }

  /** Runs a frame from a signal until it blocks, ends or fails: the state template. */
  private async advance(frame: Frame, signal: FrameSignal | "enter"): Promise<void> {
    if (signal !== "enter" && !this.accepts(frame, signal)) return;
    let pending: FrameSignal | "enter" = signal;
    for (;;) {
      const state = this.stateOf(frame);
      const handler = stateHandler(state.definition.Type);
      let outcome: StateOutcome;
      try {
        if (pending === "enter") {
          this.enterState(frame, state);
          outcome = await handler.start(this, frame, state);
        } else if (pending.type === "timer" && isRetryTimer(frame, pending.timerId)) {
          frame.progress = null;
          this.clearWaits(frame);
          outcome = await handler.start(this, frame, state);
        } else {
          outcome = await handler.resume(this, frame, state, pending);
        }
      } catch (error) {
        outcome = { kind: "failed", error: asAslError(error) };
      }
      this.markDirty(frame);
      switch (outcome.kind) {
        case "blocked":
          return;
        case "transition":
          this.emit(frame, exitedEventType(state.definition), {
            key: "stateExitedEventDetails",
            value: { name: state.name, ...payloadFields("output", outcome.output) },
          });
          if (outcome.next === undefined) {
            this.completeFrame(frame, outcome.output);
            return;
          }
          frame.stateName = outcome.next;
          frame.input = outcome.output;
          pending = "enter";
          continue;
        case "failed": {
          const recovery = this.recover(frame, state, outcome.error, outcome.closingEvent);
          if (recovery === "blocked") return;
          if (recovery === "failed") {
            this.failFrame(frame, outcome.error);
            return;
          }
          pending = "enter";
          continue;
        }
      }
    }
  }

  /** Drops signals for timers and tasks the frame no longer waits on (stale after a transition). */
  private accepts(frame: Frame, signal: FrameSignal): boolean {
    switch (signal.type) {
      case "timer":
        if (frame.timers[signal.timerId] === undefined) return false;
        delete frame.timers[signal.timerId];
        return true;
      case "task-succeeded":
      case "task-failed":
        if (frame.task?.taskId !== signal.taskId) return false;
        frame.task = null;
        return true;
      case "task-heartbeat":
        return frame.task?.taskId === signal.taskId;
      case "child-succeeded":
      case "child-failed":
        return true;
    }
  }

  private enterState(frame: Frame, state: CompiledState): void {
    frame.enteredTime = this.ports.now();
    frame.retryAttempts = [];
    frame.progress = null;
    this.clearWaits(frame);
    this.emit(frame, enteredEventType(state.definition), {
      key: "stateEnteredEventDetails",
      value: { name: state.name, ...payloadFields("input", frame.input) },
    });
  }

  /** Retry, then Catch: "blocked" while a retry waits, "caught" when a catcher moved the frame on. */
  private recover(
    frame: Frame,
    state: CompiledState,
    error: AslError,
    closingEvent: HistoryEventType | undefined,
  ): "blocked" | "caught" | "failed" {
    const definition = state.definition;
    if (definition.Type !== "Task" && definition.Type !== "Map" && definition.Type !== "Parallel") return "failed";
    const retrierIndex = (definition.Retry ?? []).findIndex((retrier) => errorMatches(retrier.ErrorEquals, error.error));
    if (retrierIndex >= 0) {
      const retrier = (definition.Retry as Retrier[])[retrierIndex] as Retrier;
      const used = frame.retryAttempts[retrierIndex] ?? 0;
      if (hasAttemptsLeft(retrier, used)) {
        const delay = retryDelayMillis(retrier, used, this.ports.random);
        while (frame.retryAttempts.length <= retrierIndex) frame.retryAttempts.push(0);
        frame.retryAttempts[retrierIndex] = used + 1;
        const timerId = this.armTimer(frame, this.ports.now() + delay);
        frame.progress = { retryTimer: timerId };
        return "blocked";
      }
    }
    if (closingEvent) this.emit(frame, closingEvent);
    const catcher = (definition.Catch ?? []).find((candidate) => errorMatches(candidate.ErrorEquals, error.error));
    if (!catcher) return "failed";
    const output = catchOutput(frame.input, catcher, error);
    this.emit(frame, exitedEventType(definition), {
      key: "stateExitedEventDetails",
      value: { name: state.name, ...payloadFields("output", output) },
    });
    frame.stateName = catcher.Next;
    frame.input = output;
    return "caught";
  }

  private completeFrame(frame: Frame, output: Json): void {
    if (frame.parentId === null) {
      this.log.append("ExecutionSucceeded", frame.lastEventId, {
        key: "executionSucceededEventDetails",
        value: payloadFields("output", output),
      });
      this.finish({ status: "SUCCEEDED", output });
      return;
    }
    this.removeFrame(frame);
    this.queue.push({
      frameId: frame.parentId,
      signal: {
        type: "child-succeeded",
        childId: frame.id,
        childIndex: frame.childIndex ?? 0,
        output,
        lastEventId: frame.lastEventId,
      },
    });
  }

  private failFrame(frame: Frame, error: AslError): void {
    if (frame.parentId === null) {
      this.endExecution(frame.id, { status: "FAILED", error: error.error, cause: error.cause });
      return;
    }
    this.removeFrame(frame);
    this.queue.push({
      frameId: frame.parentId,
      signal: {
        type: "child-failed",
        childId: frame.id,
        childIndex: frame.childIndex ?? 0,
        error: error.error,
        cause: error.cause,
        lastEventId: frame.lastEventId,
      },
    });
  }

  /** Writes the closing event of a failed, aborted or timed-out execution. */
  private endExecution(rootId: string, outcome: ExecutionOutcome): void {
    const root = this.frames.get(rootId);
    const previous = root ? root.lastEventId : this.log.lastId;
    switch (outcome.status) {
      case "SUCCEEDED":
        throw new Error("endExecution is for executions that did not succeed");
      case "FAILED":
        this.log.append("ExecutionFailed", previous, {
          key: "executionFailedEventDetails",
          value: errorFields(outcome.error, outcome.cause),
        });
        break;
      case "ABORTED":
        // AWS links an abort to no earlier event.
        this.log.append("ExecutionAborted", 0, {
          key: "executionAbortedEventDetails",
          value: errorFields(outcome.error, outcome.cause),
        });
        break;
      case "TIMED_OUT":
        this.log.append("ExecutionTimedOut", this.log.lastId, {
          key: "executionTimedOutEventDetails",
          value: errorFields(outcome.error, outcome.cause),
        });
        break;
    }
    this.finish(outcome);
  }

  private finish(outcome: ExecutionOutcome): void {
    this.outcome = outcome;
    for (const frame of this.frames.values()) this.deleted.add(frame.id);
    this.dirty.clear();
    this.effects.push({ type: "execution-ended" });
  }

  /** Forgets the timers and task of a state the frame has left; the runtime drops them when they fire. */
  private clearWaits(frame: Frame): void {
    for (const timerId of Object.keys(frame.timers)) {
      this.effects.push({ type: "cancel-timer", frameId: frame.id, timerId });
    }
    if (frame.task) this.effects.push({ type: "cancel-task", frameId: frame.id, taskId: frame.task.taskId });
    frame.timers = {};
    frame.task = null;
  }

  private removeFrame(frame: Frame): void {
    this.clearWaits(frame);
    this.frames.delete(frame.id);
    this.dirty.delete(frame.id);
    this.deleted.add(frame.id);
  }

  private stateOf(frame: Frame): CompiledState {
    const state = this.machine(frame.machineKey).states.get(frame.stateName);
    if (!state) throw new Error(`State ${frame.stateName} is not in ${frame.machineKey || "the definition"}`);
    return state;
  }

  // --- StepContext ---

  machine(key: string): SubMachine {
    const machine = this.program.machines.get(key);
    if (!machine) throw new Error(`No sub-machine ${key}`);
    return machine;
  }

  emit(frame: Frame, type: HistoryEventType, details?: { key: string; value: JsonObject }, options?: EmitOptions): number {
    const id = this.log.append(type, options?.previousEventId ?? frame.lastEventId, details);
    if (options?.advance !== false) frame.lastEventId = id;
    return id;
  }

  lastEventId(): number {
    return this.log.lastId;
  }

  scope(frame: Frame, input: Json, task?: { token: string }): EvaluationScope {
    const ports = this.ports;
    return {
      input,
      context: buildContextObject(this.info, frame, task),
      variables: frame.variables,
      random: ports.random,
      uuid: ports.uuid,
      now: ports.now,
    };
  }

  armTimer(frame: Frame, dueAt: number): string {
    const timerId = this.newId("timer");
    frame.timers[timerId] = dueAt;
    this.effects.push({ type: "arm-timer", frameId: frame.id, timerId, dueAt });
    return timerId;
  }

  invokeTask(frame: Frame, invocation: Omit<TaskInvocation, "frameId">): void {
    const task: TaskInvocation = { ...invocation, frameId: frame.id };
    frame.task = task;
    this.effects.push({ type: "invoke-task", invocation: task });
  }

  newId(prefix: string): string {
    return `${prefix}-${this.nextSeq++}`;
  }

  spawnChild(parent: Frame, spec: ChildSpec): Frame {
    const machine = this.machine(spec.machineKey);
    const child: Frame = {
      id: this.newId("frame"),
      parentId: parent.id,
      machineKey: spec.machineKey,
      stateName: machine.startAt,
      input: spec.input,
      enteredTime: this.ports.now(),
      lastEventId: spec.lastEventId,
      variables: { ...parent.variables },
      childIndex: spec.childIndex,
      retryAttempts: [],
      progress: null,
      timers: {},
      task: null,
    };
    if (spec.mapItem) child.mapItem = spec.mapItem;
    this.frames.set(child.id, child);
    this.markDirty(child);
    this.queue.push({ frameId: child.id, signal: "enter" });
    return child;
  }

  abandonChildren(parent: Frame): void {
    for (const frame of [...this.frames.values()]) {
      if (frame.parentId === parent.id) {
        this.abandonChildren(frame);
        this.removeFrame(frame);
      }
    }
  }

  markDirty(frame: Frame): void {
    if (this.frames.has(frame.id)) this.dirty.add(frame.id);
  }
}

function isRetryTimer(frame: Frame, timerId: string): boolean {
  const progress = frame.progress;
  return typeof progress === "object" && progress !== null && !Array.isArray(progress) && progress.retryTimer === timerId;
}

function catchOutput(input: Json, catcher: Catcher, error: AslError): Json {
  const errorOutput: JsonObject = { Error: error.error, Cause: error.cause };
  return applyResultPath(input, errorOutput, catcher.ResultPath === undefined ? "$" : catcher.ResultPath);
}

function errorFields(error: string | undefined, cause: string | undefined): JsonObject {
  const fields: JsonObject = {};
  if (error !== undefined) fields.error = error;
  if (cause !== undefined) fields.cause = cause;
  return fields;
}

function asAslError(error: unknown): AslError {
  if (error instanceof AslError) return error;
  // Anything else is a bug in the interpreter; AWS reports its own as States.Runtime.
  const message = error instanceof Error ? error.message : String(error);
  return new AslError("States.Runtime", message);
}

function enteredEventType(definition: StateDefinition): HistoryEventType {
  return `${definition.Type}StateEntered` as HistoryEventType;
}

function exitedEventType(definition: StateDefinition): HistoryEventType {
  return `${definition.Type}StateExited` as HistoryEventType;
}
