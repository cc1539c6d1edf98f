/** SendTaskSuccess, SendTaskFailure, SendTaskHeartbeat: answers to task tokens. */
import type { Json } from "../../shared/json";
import { depthMessage, exceedsJsonDepth } from "../../shared/json-depth";
import { ServiceError } from "../../shared/service-error";
import { inScope } from "../../shared/arn";
import type { OperationHandler, ServiceContext } from "../service-context";

/**
 * The task a token addresses, in the caller's region and account: a token of another account's or
 * region's execution names no task the caller has, so it is TaskDoesNotExist.
 */
function requireWaitingTask(ctx: ServiceContext, token: string): void {
  const { target } = ctx.executions.waitingTask(token);
  if (!inScope(target.executionArn, ctx.scope)) throw new ServiceError("TaskDoesNotExist", "Task does not exist anymore");
}

export const sendTaskSuccess: OperationHandler<"SendTaskSuccess"> = (ctx, request) => {
  // AWS checks the token before the output.
  requireWaitingTask(ctx, request.taskToken);
  let output: Json;
  try {
    output = JSON.parse(request.output) as Json;
  } catch {
    throw new ServiceError("InvalidOutput", "Invalid Output: 'Invalid output.'");
  }
  if (exceedsJsonDepth(output)) throw new ServiceError("InvalidOutput", `Invalid Output: '${depthMessage()}'`);
  ctx.executions.completeTask(request.taskToken, { type: "task-succeeded", output });
  return {};
};

export const sendTaskFailure: OperationHandler<"SendTaskFailure"> = (ctx, request) => {
  requireWaitingTask(ctx, request.taskToken);
  ctx.executions.completeTask(request.taskToken, { type: "task-failed", error: request.error ?? "", cause: request.cause ?? "" });
  return {};
};

export const sendTaskHeartbeat: OperationHandler<"SendTaskHeartbeat"> = (ctx, request) => {
  requireWaitingTask(ctx, request.taskToken);
  ctx.executions.completeTask(request.taskToken, { type: "task-heartbeat" });
  return {};
};
