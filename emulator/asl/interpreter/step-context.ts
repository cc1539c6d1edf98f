/**
 * What a state handler may call during one step (emit events, arm timers, invoke tasks, spawn and abandon
 * children, evaluate its I/O), with the options those calls take.
 */
import type { HistoryEventType } from "@aws-sdk/client-sfn";
import type { Json, JsonObject } from "../../shared/json";
import type { SubMachine } from "../definition/program";
import type { EvaluationScope } from "../io/evaluation-scope";
import type { StateIo } from "../io/query-flavour";
import type { EventDecision } from "../history/event-decision";
import type { MapChildReport, MapRunReport, TaskInvocation } from "./effects";
import type { ExecutionInfo } from "./execution-info";
import type { Frame } from "./frame";
import type { InterpreterPorts } from "./ports";

export interface EmitOptions {
  /** previousEventId to use instead of the frame's last event. */
  previousEventId?: number;
  /** Whether this event becomes the frame's last event (default true). */
  advance?: boolean;
  /** The choice the event records, kept off the wire (see EventDecision). */
  decision?: EventDecision;
}

export interface ChildSpec {
  machineKey: string;
  input: Json;
  childIndex: number;
  lastEventId: number;
  mapItem?: { index: number; value: Json };
  /** The child's events stay out of this history (a DISTRIBUTED Map's iterations). */
  silent?: boolean;
  /** The STANDARD child execution whose own history the child's events go to. */
  childHistory?: { mapRunArn: string; index: number };
}

/** What a state handler may do during a step: everything else is the template's business. */
export interface StepContext {
  /** Records a DISTRIBUTED Map's run for DescribeMapRun and ListMapRuns. */
  reportMapRun(report: MapRunReport): void;
  /** A DISTRIBUTED Map's iteration started or ended: the runtime keeps it as a child execution. */
  reportMapChild(report: MapChildReport): void;
  readonly info: ExecutionInfo;
  readonly ports: InterpreterPorts;
  machine(key: string): SubMachine;
  emit(frame: Frame, type: HistoryEventType, details?: { key: string; value: JsonObject }, options?: EmitOptions): number;
  /** The id of the last event written so far in this execution. */
  lastEventId(): number;
  scope(frame: Frame, input: Json, task?: { token: string }): EvaluationScope;
  /** The data pipeline's view of the frame's current state, reading `input` as the state's raw input. */
  stateIo(frame: Frame, input: Json, task?: { token: string }): StateIo;
  armTimer(frame: Frame, dueAt: number): string;
  invokeTask(frame: Frame, invocation: Omit<TaskInvocation, "frameId">): void;
  newId(prefix: string): string;
  spawnChild(parent: Frame, spec: ChildSpec): Frame;
  /**
   * Ends the children of a failed Map or Parallel, cancelling what they wait for, with the aborted
   * events AWS writes: each running state's `<Type>StateAborted`, and a Map's MapIterationAborted.
   */
  abandonChildren(parent: Frame): void;
  /** A value the frame keeps in a row of its own (a Map's items and results), so the frame stays small. */
  frameValue(frame: Frame, key: string): Json | undefined;
  /** Sets one of the frame's own-row values; it is written once, with this step, and never with the frame. */
  setFrameValue(frame: Frame, key: string, value: Json): void;
}
