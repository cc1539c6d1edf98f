/**
 * A Task invocation prepared for dispatch (resolved resource, execution, progress reporter) and the
 * TaskRoute interface each link of the dispatch chain implements.
 */
import type { TaskInvocation } from "../../asl";
import type { ExecutionInfo } from "../../asl";
import type { TaskResource } from "../../asl";
import { IGNORE_PROGRESS, type TaskCompletion, type TaskReporter } from "./task-dispatcher";

/** One Task invocation with its resolved resource and the execution it belongs to. */
export interface TaskCall {
  invocation: TaskInvocation;
  execution: ExecutionInfo;
  resource: TaskResource;
  reporter: TaskReporter;
}

/** One link of the dispatch chain: serves the call, or returns undefined to pass it on. */
export interface TaskRoute {
  serve(call: TaskCall): Promise<TaskCompletion> | undefined;
}

export function taskCall(invocation: TaskInvocation, execution: ExecutionInfo, reporter: TaskReporter = IGNORE_PROGRESS): TaskCall {
  return { invocation, execution, resource: invocation.target, reporter };
}
