import type { ExecutionInfo } from "../asl/interpreter/execution-info";
import type { TaskInvocation } from "../asl/interpreter/effects";
import type { Json } from "../shared/json";

/** How a task's work ended, or that it goes on until its token or activity worker reports. */
export type TaskCompletion =
  | { status: "succeeded"; output: Json }
  | { status: "failed"; error: string; cause: string }
  | { status: "pending" };

/** Serves Task states: mocks, local handlers, configured endpoints and AWS, in that order. */
export interface TaskDispatcher {
  dispatch(invocation: TaskInvocation, execution: ExecutionInfo): Promise<TaskCompletion>;
  /** Throws a ServiceError when StartExecution names a mock config test case that does not exist. */
  checkTestCase?(stateMachineName: string, testCase: string): void;
}
