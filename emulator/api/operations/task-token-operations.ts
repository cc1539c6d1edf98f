import type { Json } from "../../shared/json";
import { depthMessage, exceedsJsonDepth } from "../../shared/json-depth";
import { ServiceError } from "../../shared/service-error";
import type { OperationHandler } from "../service-context";

export const sendTaskSuccess: OperationHandler = (ctx, request) => {
  // AWS checks the token before the output.
  ctx.executions.waitingTask(request.taskToken as string);
  let output: Json;
  try {
    output = JSON.parse(request.output as string) as Json;
  } catch {
    throw new ServiceError("InvalidOutput", "Invalid Output: 'Invalid output.'");
  }
  if (exceedsJsonDepth(output)) throw new ServiceError("InvalidOutput", `Invalid Output: '${depthMessage()}'`);
  ctx.executions.completeTask(request.taskToken as string, { type: "task-succeeded", output });
  return {};
};

export const sendTaskFailure: OperationHandler = (ctx, request) => {
  ctx.executions.completeTask(request.taskToken as string, {
    type: "task-failed",
    error: (request.error as string | undefined) ?? "",
    cause: (request.cause as string | undefined) ?? "",
  });
  return {};
};

export const sendTaskHeartbeat: OperationHandler = (ctx, request) => {
  ctx.executions.completeTask(request.taskToken as string, { type: "task-heartbeat" });
  return {};
};
