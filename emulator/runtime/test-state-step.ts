/**
 * The step context of a TestState run, which runs a single state with no history and keeps the task
 * and timers it schedules for the runner.
 */
import type { HistoryEventType } from "@aws-sdk/client-sfn";
import type { Program, SubMachine } from "../asl";
import type { MapChildReport, MapRunReport, TaskInvocation } from "../asl";
import type { ExecutionInfo } from "../asl";
import type { Frame } from "../asl";
import type { InterpreterPorts } from "../asl";
import type { StepContext } from "../asl";
import type { EvaluationScope } from "../asl";
import type { InspectionSink } from "../asl";
import type { StateIo } from "../asl";
import type { Json } from "../shared/json";

/**
 * The StepContext of a TestState run: one state, no history, no children; the task it schedules
 * and the timers it arms are kept for the runner to answer at once.
 */
export class TestStateStep implements StepContext {
  invocation: TaskInvocation | undefined;
  readonly timers: string[] = [];
  private nextSeq = 0;

  constructor(
    private readonly program: Program,
    readonly info: ExecutionInfo,
    readonly ports: InterpreterPorts,
    /** `$$` as the request gave it, or as AWS builds it for a test run. */
    private readonly context: (frame: Frame) => Json,
    private readonly inspect: InspectionSink | undefined,
  ) {}

  machine(key: string): SubMachine {
    const machine = this.program.machines.get(key);
    if (!machine) throw new Error(`No sub-machine ${key}`);
    return machine;
  }

  // TestState writes no history.
  emit(frame: Frame, _type: HistoryEventType): number {
    return frame.lastEventId;
  }

  lastEventId(): number {
    return 0;
  }

  scope(frame: Frame, input: Json): EvaluationScope {
    const ports = this.ports;
    return {
      input,
      context: this.context(frame),
      variables: frame.variables,
      random: ports.random,
      uuid: ports.uuid,
      now: ports.now,
      evaluationClock: ports.evaluationClock,
    };
  }

  stateIo(frame: Frame, input: Json): StateIo {
    const io: StateIo = { scope: this.scope(frame, input), site: { stateName: frame.stateName, enteredEventId: 0 } };
    if (this.inspect !== undefined) io.inspect = this.inspect;
    return io;
  }

  armTimer(frame: Frame, dueAt: number): string {
    const timerId = this.newId("timer");
    frame.timers[timerId] = dueAt;
    this.timers.push(timerId);
    return timerId;
  }

  /** TestState runs one state outside any execution: there is no map run to record. */
  reportMapRun(_report: MapRunReport): void {}

  /** Nor child executions. */
  reportMapChild(_report: MapChildReport): void {}

  invokeTask(frame: Frame, invocation: Omit<TaskInvocation, "frameId">): void {
    this.invocation = { ...invocation, frameId: frame.id };
    frame.task = this.invocation;
  }

  newId(prefix: string): string {
    return `${prefix}-${this.nextSeq++}`;
  }

  spawnChild(): Frame {
    // Map and Parallel run only with a mock in TestState, which replaces their children.
    throw new Error("TestState runs no child frames");
  }

  abandonChildren(): void {}

  private readonly values = new Map<string, Json>();

  frameValue(frame: Frame, key: string): Json | undefined {
    return this.values.get(`${frame.id}|${key}`);
  }

  setFrameValue(frame: Frame, key: string, value: Json): void {
    this.values.set(`${frame.id}|${key}`, value);
  }
}
