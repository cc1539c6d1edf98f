/** SendTaskSuccess, SendTaskFailure, SendTaskHeartbeat: answers to task tokens. */
import type { Json } from "../../shared/json";
import { depthMessage, exceedsJsonDepth, MAX_JSON_DEPTH } from "../../shared/json-depth";
import { ServiceError } from "../../shared/service-error";
import { inScope } from "../../shared/arn";
import type { OperationHandler, ServiceContext } from "../service-context";
import { afterKeyUse, executionKeyUse } from "./key-use";

/**
 * The task a token addresses, in the caller's region and account: a token of another account's or
 * region's execution names no task the caller has, so it is TaskDoesNotExist.
 */
function requireWaitingTask(ctx: ServiceContext, token: string): string {
  const { target } = ctx.executions.waitingTask(token);
  if (!inScope(target.executionArn, ctx.scope)) throw new ServiceError("TaskDoesNotExist", "Task does not exist anymore");
  return target.executionArn;
}

/** A task's result or failure is written to its execution's history, encrypted with the execution's key. */
function resultKeyUse(ctx: ServiceContext, executionArn: string): Promise<void> | undefined {
  if (!ctx.kms.enabled) return undefined;
  const execution = ctx.store.getExecution(executionArn);
  return execution === undefined ? undefined : executionKeyUse(ctx, "encrypt", execution);
}

export const sendTaskSuccess: OperationHandler<"SendTaskSuccess"> = (ctx, request) => {
  // AWS checks the token before the output.
  const executionArn = requireWaitingTask(ctx, request.taskToken);
  let output: Json;
  try {
    output = JSON.parse(request.output) as Json;
  } catch {
    throw new ServiceError("InvalidOutput", "Invalid Output: 'Invalid output.'");
  }
  if (exceedsJsonDepth(output, MAX_JSON_DEPTH, request.output)) throw new ServiceError("InvalidOutput", `Invalid Output: '${depthMessage()}'`);
  return afterKeyUse(resultKeyUse(ctx, executionArn), () => {
    ctx.executions.completeTask(request.taskToken, { type: "task-succeeded", output });
    return {};
  });
};

export const sendTaskFailure: OperationHandler<"SendTaskFailure"> = (ctx, request) => {
  const executionArn = requireWaitingTask(ctx, request.taskToken);
  return afterKeyUse(resultKeyUse(ctx, executionArn), () => {
    ctx.executions.completeTask(request.taskToken, { type: "task-failed", error: request.error ?? "", cause: request.cause ?? "" });
    return {};
  });
};

export const sendTaskHeartbeat: OperationHandler<"SendTaskHeartbeat"> = (ctx, request) => {
  requireWaitingTask(ctx, request.taskToken);
  ctx.executions.completeTask(request.taskToken, { type: "task-heartbeat" });
  return {};
};
