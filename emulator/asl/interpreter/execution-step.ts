/**
 * One step of an execution: applies a signal to a snapshot and returns the events, effects and
 * snapshot changes, leaving the snapshot itself untouched (the runtime applies the result once it
 * is on disk). Also the StepContext that state handlers see.
 */
import type { HistoryEventType } from "@aws-sdk/client-sfn";
import type { Json, JsonObject } from "../../shared/json";
import type { CompiledState, Program, SubMachine } from "../definition/program";
import { EventLog, payloadFields } from "../history/event-log";
import { ChildEventLog, inheritSilence } from "./child-history-events";
import { abortedEventOf } from "./aborted-events";
import { buildContextObject } from "../io/context-object";
import type { EvaluationScope } from "../io/evaluation-scope";
import type { StateIo } from "../io/query-flavour";
import { runsMapRun, updateMapRunLimits, type MapRunLimits } from "../states/map-run";
import type { Effect, MapChildReport, MapRunReport, TaskInvocation } from "./effects";
import { dropEndedFrames, endExecution, errorFields, failOnHistoryLimit } from "./execution-end";
import { firstStateText, type ExecutionInfo } from "./execution-info";
import type { ExecutionSnapshot } from "./execution-snapshot";
import type { Frame } from "./frame";
import { FrameTree } from "./frame-tree";
import type { InterpreterPorts } from "./ports";
import type { ExecutionSignal, FrameSignal } from "./signals";
import { advance } from "./state-template";
import type { ChildSpec, EmitOptions } from "./step-context";
import type { StepInternals } from "./step-internals";
import { MAX_HISTORY_EVENTS, ROOT_FRAME_ID, type ExecutionOutcome, type StepResult } from "./step-result";

type QueueItem = { frameId: string; signal: FrameSignal | "enter" | "redrive" };

export class ExecutionStep implements StepInternals {
  readonly log: EventLog;
  readonly tree: FrameTree;
  readonly effects: Effect[] = [];
  readonly childEvents = new ChildEventLog();
  private readonly queue: QueueItem[] = [];
  /** The next item to run: a Map of 10,000 items queues as many, and shifting each off would be quadratic. */
  private queueHead = 0;
  private outcome: ExecutionOutcome | undefined;
  private nextSeq: number;

  constructor(
    readonly program: Program,
    readonly info: ExecutionInfo,
    snapshot: ExecutionSnapshot,
    readonly ports: InterpreterPorts,
  ) {
    this.tree = new FrameTree(snapshot);
    this.log = new EventLog(snapshot.cursor.nextEventId, ports.now);
    this.nextSeq = snapshot.cursor.nextSeq;
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
      ...firstStateText(this.info),
      retryAttempts: [],
      progress: null,
      timers: {},
      task: null,
    };
    this.tree.add(root);
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
    this.enqueue(root.id, "enter");
    await this.drain();
    return this.result();
  }

  /**
   * RedriveExecution: writes ExecutionRedriven and runs again the top-level state the execution
   * ended in: a Map or a Parallel re-runs only its iterations or branches that did not succeed
   * (its handler's `redrive`); any other state is entered again with its input.
   */
  async redrive(): Promise<StepResult> {
    const root = this.tree.get(ROOT_FRAME_ID);
    if (!root) throw new Error("The execution kept no frame to redrive from");
    for (const id of this.tree.ids()) if (id !== ROOT_FRAME_ID) this.tree.remove(id);
    this.clearWaits(root);
    root.lastEventId = this.log.append("ExecutionRedriven", this.log.lastId, {
      key: "executionRedrivenEventDetails",
      value: { redriveCount: this.info.redriveCount },
    });
    this.enqueue(root.id, "redrive");
    await this.drain();
    return this.result();
  }

  /** UpdateMapRun: new limits for a running DISTRIBUTED Map, and its run's record updated. */
  async updateMapRun(mapRunArn: string, limits: MapRunLimits): Promise<StepResult> {
    for (const id of this.tree.ids()) {
      // Only the frame running that map run is copied and changed.
      if (!runsMapRun(this.tree.peek(id), mapRunArn)) continue;
      const frame = this.tree.get(id);
      if (frame) updateMapRunLimits(this, frame, mapRunArn, limits);
    }
    return this.result();
  }

  /**
   * Ends the execution FAILED with States.Runtime: the runtime's answer to a step that threw or
   * could not be written, computed on the last committed snapshot.
   */
  fail(cause: string): StepResult {
    endExecution(this, { status: "FAILED", error: "States.Runtime", cause });
    return this.result();
  }

  /** StopExecution: ends the execution ABORTED, whatever state it is in. */
  abort(error: string | undefined, cause: string | undefined): StepResult {
    endExecution(this, { status: "ABORTED", ...errorFields(error, cause) });
    return this.result();
  }

  /** Applies a signal from outside: a timer, a task result, a stop. */
  async signal(signal: ExecutionSignal): Promise<StepResult> {
    switch (signal.type) {
      case "stop":
        endExecution(this, { status: "ABORTED", ...errorFields(signal.error, signal.cause) });
        break;
      case "timer":
        if (signal.timerId === "execution-timeout") {
          endExecution(this, { status: "TIMED_OUT" });
          break;
        }
        this.enqueue(signal.frameId, { type: "timer", timerId: signal.timerId });
        break;
      case "task-succeeded":
        this.enqueue(signal.frameId, { type: "task-succeeded", taskId: signal.taskId, output: signal.output });
        break;
      case "task-failed":
        this.enqueue(signal.frameId, { type: "task-failed", taskId: signal.taskId, error: signal.error, cause: signal.cause });
        break;
      case "task-heartbeat":
        this.enqueue(signal.frameId, {
          type: "task-heartbeat",
          taskId: signal.taskId,
          ...(signal.workerName === undefined ? {} : { workerName: signal.workerName }),
          ...(signal.submitted === undefined ? {} : { submitted: signal.submitted }),
        });
        break;
    }
    await this.drain();
    return this.result();
  }

  private result(): StepResult {
    if (this.info.type === "STANDARD" && this.log.lastId > MAX_HISTORY_EVENTS) failOnHistoryLimit(this);
    const result: StepResult = {
      events: this.log.events,
      effects: this.effects,
      changedFrames: this.tree.changedFrames(),
      deletedFrameIds: this.tree.removedIds(),
      clearedValueFrameIds: this.tree.clearedValueIds(),
      valueChanges: this.tree.changedValues(),
      cursor: { nextEventId: this.log.nextEventId, nextSeq: this.nextSeq },
    };
    if (this.outcome) result.outcome = this.outcome;
    if (this.childEvents.events) result.childEvents = this.childEvents.events;
    return result;
  }

  private async drain(): Promise<void> {
    let item: QueueItem | undefined;
    while (!this.outcome && (item = this.queue[this.queueHead]) !== undefined) {
      this.queueHead += 1;
      // A signal for a frame that has ended since (a cancelled branch, a late task result) is dropped.
      const frame = this.tree.get(item.frameId);
      if (!frame) continue;
      await advance(this, frame, item.signal);
    }
  }

  // --- StepInternals ---

  enqueue(frameId: string, signal: FrameSignal | "enter" | "redrive"): void {
    this.queue.push({ frameId, signal });
  }

  finish(outcome: ExecutionOutcome): void {
    this.outcome = outcome;
    dropEndedFrames(this, outcome);
    this.effects.push({ type: "execution-ended" });
  }

  stateOf(frame: Frame): CompiledState {
    const state = this.machine(frame.machineKey).states.get(frame.stateName);
    if (!state) throw new Error(`State ${frame.stateName} is not in ${frame.machineKey || "the definition"}`);
    return state;
  }

  clearWaits(frame: Frame): void {
    for (const timerId of Object.keys(frame.timers)) {
      this.effects.push({ type: "cancel-timer", frameId: frame.id, timerId });
    }
    if (frame.task) this.effects.push({ type: "cancel-task", frameId: frame.id, taskId: frame.task.taskId });
    frame.timers = {};
    frame.task = null;
  }

  removeFrame(frame: Frame): void {
    this.clearWaits(frame);
    this.tree.remove(frame.id);
  }

  // --- StepContext ---

  machine(key: string): SubMachine {
    const machine = this.program.machines.get(key);
    if (!machine) throw new Error(`No sub-machine ${key}`);
    return machine;
  }

  emit(frame: Frame, type: HistoryEventType, details?: { key: string; value: JsonObject }, options?: EmitOptions): number {
    if (frame.silent === true) return this.childEvents.emit(this.effects, frame, () => this.nextSeq++, this.ports.now(), { type, details, options });
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

  reportMapChild(report: MapChildReport): void {
    this.effects.push({ type: "map-child", report });
  }

  invokeTask(frame: Frame, invocation: Omit<TaskInvocation, "frameId">): void {
    const task: TaskInvocation = { ...invocation, frameId: frame.id };
    frame.task = task;
    this.effects.push({ type: "invoke-task", invocation: task });
  }

  newId(prefix: string): string {
    return `${prefix}-${this.nextSeq++}`;
  }

  frameValue(frame: Frame, key: string): Json | undefined {
    return this.tree.value(frame.id, key);
  }

  setFrameValue(frame: Frame, key: string, value: Json): void {
    this.tree.setValue(frame.id, key, value);
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
    inheritSilence(child, parent, spec);
    this.tree.add(child);
    this.enqueue(child.id, "enter");
    return child;
  }

  abandonChildren(parent: Frame): void {
    // The tree is indexed by parent once, so a wide or deep subtree costs no rescans.
    this.abandonSubtree(parent, this.tree.childrenByParent());
  }

  private abandonSubtree(parent: Frame, byParent: ReadonlyMap<string, string[]>): void {
    const children: Frame[] = [];
    for (const id of byParent.get(parent.id) ?? []) {
      const frame = this.tree.get(id);
      if (frame) children.push(frame);
    }
    children.sort((a, b) => (a.childIndex ?? 0) - (b.childIndex ?? 0));
    const inMap = this.stateOf(parent).definition.Type === "Map";
    for (const frame of children) {
      this.abandonSubtree(frame, byParent);
      // A branch or iteration spawned in this step may not have entered its first state yet.
      const aborted = frame.enteredEventId === undefined ? undefined : abortedEventOf(this.stateOf(frame).definition.Type);
      if (aborted !== undefined) this.emit(frame, aborted);
      if (inMap) {
        const details = { index: frame.childIndex ?? 0, name: parent.stateName };
        this.emit(frame, "MapIterationAborted", { key: "mapIterationAbortedEventDetails", value: details });
      }
      this.removeFrame(frame);
    }
  }
}
