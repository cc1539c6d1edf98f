import type { HistoryEventType } from "@aws-sdk/client-sfn";
import type { Json, JsonObject } from "../../shared/json";
import type { HistoryEvent } from "../history/history-event";
import { EventLog, payloadFields } from "../history/event-log";
import { assignedVariablesFields } from "../history/assigned-variables";
import type { CompiledState, Program, SubMachine } from "../definition/program";
import type { StateDefinition } from "../definition/types";
import { AslError } from "../errors/asl-error";
import { chooseCatcher } from "../errors/catch-policy";
import { errorFieldsOf } from "../errors/partial-asl-error";
import { stateFailure } from "../errors/state-failure";
import { assignLimitFailure } from "../io/assign-limits";
import { flavourOf } from "../io/flavour-of";
import { checkStateOutput } from "../io/output-limits";
import type { StateIo } from "../io/query-flavour";
import { QueryEvaluationError } from "../query/jsonata";
import { nextRetry } from "../errors/retry-policy";
import { buildContextObject } from "../io/context-object";
import type { EvaluationScope } from "../io/evaluation-scope";
import { updateMapRunLimits, type MapRunLimits } from "../states/map-state";
import { stateHandler } from "../states/state-handlers";
import type { Effect, MapRunReport, TaskInvocation } from "./effects";
import type { ExecutionInfo } from "./execution-info";
import type { Frame } from "./frame";
import type { StateOutcome } from "./outcome";
import type { InterpreterPorts } from "./ports";
import type { ExecutionSignal, FrameSignal } from "./signals";
import type { ChildSpec, EmitOptions, StepContext } from "./step-context";

export const ROOT_FRAME_ID = "root";

/** AWS's quota on a Standard execution's history. */
export const MAX_HISTORY_EVENTS = 25_000;

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
      ...(this.info.inputText === undefined ? {} : { inputText: this.info.inputText }),
      retryAttempts: [],
      progress: null,
      timers: {},
      task: null,
    };
    this.frames.set(root.id, root);
    this.log.append("ExecutionStarted", 0, {
      key: "executionStartedEventDetails",
      value: { ...payloadFields("input", this.info.input, this.info.inputText), roleArn: this.info.roleArn },
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

  /**
   * RedriveExecution: writes ExecutionRedriven and enters again the top-level state the execution
   * ended in, with that state's input. A Map or Parallel there runs again whole.
   */
  async redrive(): Promise<StepResult> {
    const root = this.frames.get(ROOT_FRAME_ID);
    if (!root) throw new Error("The execution kept no frame to redrive from");
    for (const frame of [...this.frames.values()]) if (frame.id !== ROOT_FRAME_ID) this.removeFrame(frame);
    this.clearWaits(root);
    root.progress = null;
    root.lastEventId = this.log.append("ExecutionRedriven", this.log.lastId, {
      key: "executionRedrivenEventDetails",
      value: { redriveCount: this.info.redriveCount },
    });
    this.markDirty(root);
    this.queue.push({ frameId: root.id, signal: "enter" });
    await this.drain();
    return this.result();
  }

  /** UpdateMapRun: new limits for a running DISTRIBUTED Map, and its run's record updated. */
  async updateMapRun(mapRunArn: string, limits: MapRunLimits): Promise<StepResult> {
    for (const frame of this.frames.values()) {
      if (updateMapRunLimits(this, frame, mapRunArn, limits)) this.markDirty(frame);
    }
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
          signal: {
            type: "task-heartbeat",
            taskId: signal.taskId,
            ...(signal.workerName === undefined ? {} : { workerName: signal.workerName }),
            ...(signal.submitted === undefined ? {} : { submitted: signal.submitted }),
          },
        });
        break;
    }
    await this.drain();
    return this.result();
  }

  private result(): StepResult {
    if (this.info.type === "STANDARD" && this.log.lastId > MAX_HISTORY_EVENTS) this.failOnHistoryLimit();
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
        const failure = this.thrownFailure(frame, state, error);
        outcome = { kind: "failed", error: failure };
        // AWS closes a Map whose expressions failed with MapStateFailed, even before MapStateStarted.
        if (failure instanceof QueryEvaluationError && state.definition.Type === "Map") outcome.closingEvent = "MapStateFailed";
      }
      this.markDirty(frame);
      // The client's raw text travels on while the value does; the output is serialised once, for the event and the limit.
      let rawText: string | undefined;
      let outputText = "";
      if (outcome.kind === "transition") {
        const unchanged = frame.inputText !== undefined && outcome.output === frame.input;
        rawText = outcome.outputText ?? (unchanged ? frame.inputText : undefined);
        const checked = checkStateOutput(state.name, outcome.output, rawText);
        outputText = checked.text;
        const limited = checked.failure ?? assignLimitFailure(state.name, outcome.assigned);
        if (limited) outcome = { kind: "failed", error: limited };
      }
      switch (outcome.kind) {
        case "blocked":
          return;
        case "transition": {
          const exited = {
            key: "stateExitedEventDetails",
            value: {
              name: state.name,
              ...payloadFields("output", outcome.output, outputText),
              ...assignedVariablesFields(outcome.assigned),
            },
          };
          this.emit(frame, exitedEventType(state.definition), exited, outcome.decision ? { decision: outcome.decision } : undefined);
          if (outcome.assigned) frame.variables = { ...frame.variables, ...outcome.assigned };
          if (rawText === undefined) delete frame.inputText;
          else frame.inputText = rawText;
          if (outcome.next === undefined) {
            this.completeFrame(frame, outcome.output, rawText);
            return;
          }
          frame.stateName = outcome.next;
          frame.input = outcome.output;
          pending = "enter";
          continue;
        }
        case "failed": {
          const recovery = await this.recover(frame, state, outcome.error, outcome.closingEvent);
          if (recovery === "blocked") return;
          if (recovery instanceof AslError) {
            this.failFrame(frame, recovery);
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
    frame.enteredPreviousEventId = frame.lastEventId;
    frame.enteredEventId = this.emit(frame, enteredEventType(state.definition), {
      key: "stateEnteredEventDetails",
      value: { name: state.name, ...payloadFields("input", frame.input, frame.inputText) },
    });
  }

  /**
   * An error thrown while a state ran, in AWS's words: run-time failures name the state, and an
   * expression failure is first recorded as EvaluationFailed.
   */
  private thrownFailure(frame: Frame, state: CompiledState, thrown: unknown): AslError {
    const error = stateFailure(asAslError(thrown), { stateName: state.name, enteredEventId: frame.enteredEventId ?? 0 });
    if (error instanceof QueryEvaluationError) {
      const details: JsonObject = { error: error.error, cause: error.cause, state: error.state };
      if (error.location !== "") details.location = error.location;
      // AWS links it to the event before the state's entry, except in a Wait state, which evaluates after entering.
      const previous = state.definition.Type === "Wait" ? frame.enteredEventId : frame.enteredPreviousEventId;
      this.emit(frame, "EvaluationFailed", { key: "evaluationFailedEventDetails", value: details }, { previousEventId: previous ?? 0 });
    }
    return error;
  }

  /**
   * Retry, then Catch: "blocked" while a retry waits, "caught" when a catcher moved the frame on,
   * else the error the frame fails with (a catcher's own Output or Assign may fail too).
   */
  private async recover(
    frame: Frame,
    state: CompiledState,
    error: AslError,
    closingEvent: HistoryEventType | undefined,
  ): Promise<"blocked" | "caught" | AslError> {
    const definition = state.definition;
    // AWS never retries or catches States.Runtime, not even when a retrier or catcher names it.
    const recoverable = error.error !== "States.Runtime";
    if (!recoverable || (definition.Type !== "Task" && definition.Type !== "Map" && definition.Type !== "Parallel")) {
      if (closingEvent) this.emit(frame, closingEvent);
      return error;
    }
    const retry = nextRetry(definition.Retry ?? [], frame.retryAttempts, error.error, this.ports.random);
    if (retry) {
      while (frame.retryAttempts.length <= retry.retrierIndex) frame.retryAttempts.push(0);
      frame.retryAttempts[retry.retrierIndex] = (frame.retryAttempts[retry.retrierIndex] ?? 0) + 1;
      if (frame.silent !== true) this.log.annotate(frame.lastEventId, { kind: "retrier", state: state.name, retrier: retry.retrierIndex });
      frame.progress = { retryTimer: this.armTimer(frame, this.ports.now() + retry.delayMillis) };
      return "blocked";
    }
    if (closingEvent) this.emit(frame, closingEvent);
    const caught = chooseCatcher(definition.Catch ?? [], error);
    if (!caught) return error;
    let exit;
    try {
      exit = await flavourOf(state.queryLanguage).catchExit(caught.catcher, caught.index, this.stateIo(frame, frame.input), caught.errorOutput);
    } catch (thrown) {
      return this.thrownFailure(frame, state, thrown);
    }
    const limited = checkStateOutput(state.name, exit.output).failure ?? assignLimitFailure(state.name, exit.assigned);
    if (limited) return limited;
    this.emit(
      frame,
      exitedEventType(definition),
      { key: "stateExitedEventDetails", value: { name: state.name, ...payloadFields("output", exit.output), ...assignedVariablesFields(exit.assigned) } },
      { decision: { kind: "catcher", catcher: caught.index } },
    );
    if (exit.assigned) frame.variables = { ...frame.variables, ...exit.assigned };
    delete frame.inputText;
    frame.stateName = caught.catcher.Next;
    frame.input = exit.output;
    return "caught";
  }

  private completeFrame(frame: Frame, output: Json, outputText: string | undefined): void {
    if (frame.parentId === null) {
      this.log.append("ExecutionSucceeded", frame.lastEventId, {
        key: "executionSucceededEventDetails",
        value: payloadFields("output", output, outputText),
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
        ...(outputText === undefined ? {} : { outputText }),
      },
    });
  }

  private failFrame(frame: Frame, error: AslError): void {
    if (frame.parentId === null) {
      this.endExecution(frame.id, { status: "FAILED", ...errorFieldsOf(error) });
      return;
    }
    const parent = this.frames.get(frame.parentId);
    if (parent && this.stateOf(frame).definition.Type === "Task" && this.stateOf(parent).definition.Type === "Parallel") {
      // AWS closes a Task that fails its Parallel branch with TaskStateAborted; the Parallel links past it, to the failure.
      this.emit(frame, "TaskStateAborted", undefined, { advance: false });
    }
    this.removeFrame(frame);
    this.queue.push({
      frameId: frame.parentId,
      signal: {
        type: "child-failed",
        childId: frame.id,
        childIndex: frame.childIndex ?? 0,
        ...errorFieldsOf(error),
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

  /**
   * A Standard execution's history holds at most 25,000 events; the step that would pass the limit
   * ends the execution there instead. The cause text is ours: no recording shows AWS's.
   */
  private failOnHistoryLimit(): void {
    this.log.truncateAfter(MAX_HISTORY_EVENTS - 1);
    this.effects.length = 0;
    const cause = `The execution reached the maximum number of history events (${MAX_HISTORY_EVENTS}).`;
    this.log.append("ExecutionFailed", this.log.lastId, {
      key: "executionFailedEventDetails",
      value: { error: "States.Runtime", cause },
    });
    this.finish({ status: "FAILED", error: "States.Runtime", cause });
  }

  private finish(outcome: ExecutionOutcome): void {
    this.outcome = outcome;
    // A Standard execution that did not succeed keeps its root frame, at the state it ended in, for RedriveExecution.
    const keepRoot = outcome.status !== "SUCCEEDED" && this.info.type === "STANDARD" && this.frames.has(ROOT_FRAME_ID);
    for (const frame of this.frames.values()) {
      if (!(keepRoot && frame.id === ROOT_FRAME_ID)) this.deleted.add(frame.id);
    }
    this.dirty.clear();
    if (keepRoot) this.dirty.add(ROOT_FRAME_ID);
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
    if (frame.silent === true) return frame.lastEventId;
    const id = this.log.append(type, options?.previousEventId ?? frame.lastEventId, details, options?.decision);
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
      evaluationClock: ports.evaluationClock,
    };
  }

  stateIo(frame: Frame, input: Json, task?: { token: string }): StateIo {
    return {
      scope: this.scope(frame, input, task),
      site: { stateName: frame.stateName, enteredEventId: frame.enteredEventId ?? 0 },
    };
  }

  armTimer(frame: Frame, dueAt: number): string {
    const timerId = this.newId("timer");
    frame.timers[timerId] = dueAt;
    this.effects.push({ type: "arm-timer", frameId: frame.id, timerId, dueAt });
    return timerId;
  }

  reportMapRun(report: MapRunReport): void {
    this.effects.push({ type: "map-run", report });
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
    if (parent.inputText !== undefined && spec.input === parent.input) child.inputText = parent.inputText;
    if (parent.silent === true || spec.silent === true) child.silent = true;
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
