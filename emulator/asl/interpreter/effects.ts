/**
 * The effects a step asks the runtime to carry out once it is persisted (timers, task invocations, Map run
 * and child reports), and the shapes of those requests and reports.
 */
import type { Json } from "../../shared/json";
import type { HistoryEvent } from "../history/history-event";
import type { TaskResource } from "../definition/task-resource";

/** A request to invoke a Task's resource; the runtime answers with a task-succeeded or task-failed signal. */
export interface TaskInvocation {
  frameId: string;
  taskId: string;
  /** The Resource ARN as written, and as compile resolved it. */
  resource: string;
  target: TaskResource;
  /** The Task's effective parameters (Parameters or Arguments), or its input when it has none. */
  parameters: Json;
  stateName: string;
  /** The callback token when the integration pattern is .waitForTaskToken. */
  taskToken?: string;
  timeoutSeconds?: number;
  heartbeatSeconds?: number;
  credentials?: Json;
}

/** A DISTRIBUTED Map's run as DescribeMapRun shows it; reported when it starts, changes and ends. */
export interface MapRunReport {
  mapRunArn: string;
  status: "RUNNING" | "SUCCEEDED" | "FAILED";
  maxConcurrency: number;
  toleratedFailureCount: number;
  toleratedFailurePercentage: number;
  total: number;
  succeeded: number;
  failed: number;
  running: number;
  /** Set once a redrive of the execution has redriven the run. */
  redriveCount?: number;
}

/**
 * One iteration (or batch) of a DISTRIBUTED Map, which AWS runs as a child workflow execution:
 * reported when it starts (with its input) and when it ends (with its output or error).
 */
export interface MapChildReport {
  mapRunArn: string;
  index: number;
  executionType: "STANDARD" | "EXPRESS";
  status: "RUNNING" | "SUCCEEDED" | "FAILED";
  /** The child's name when the Map chose it (a ResultWriter reports it); else the runtime names it. */
  name?: string;
  input?: Json;
  output?: Json;
  error?: string;
  cause?: string;
}

/** What the runtime must do after persisting a step. */
export type Effect =
  | { type: "arm-timer"; frameId: string; timerId: string; dueAt: number }
  | { type: "cancel-timer"; frameId: string; timerId: string }
  | { type: "invoke-task"; invocation: TaskInvocation }
  | { type: "cancel-task"; frameId: string; taskId: string }
  | { type: "map-run"; report: MapRunReport }
  | { type: "map-child"; report: MapChildReport }
  | { type: "map-child-event"; mapRunArn: string; index: number; event: HistoryEvent }
  | { type: "execution-ended" };
