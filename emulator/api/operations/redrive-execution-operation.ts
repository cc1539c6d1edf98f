/** RedriveExecution, and the reasons AWS gives when an execution cannot be redriven. */
import { ROOT_FRAME_ID } from "../../asl";
import { ServiceError } from "../../shared/service-error";
import type { ExecutionRecord } from "../../store/records";
import type { OperationHandler, ServiceContext } from "../service-context";
import { epochSeconds } from "../wire-time";
import { requireExecution } from "./execution-lookup";

/** RedriveExecution: a Standard execution that failed, timed out or was aborted runs again from where it ended. */
export const redriveExecution: OperationHandler<"RedriveExecution"> = (ctx, request) => {
  const execution = requireExecution(ctx, request.executionArn, ["execution", "express"]);
  const reason = notRedrivableReason(ctx, execution);
  if (reason !== undefined) throw new ServiceError("ExecutionNotRedrivable", reason);
  const redriven = ctx.executions.redrive(execution);
  return { redriveDate: epochSeconds(redriven.redriveDate ?? ctx.now()) };
};

function notRedrivableReason(ctx: ServiceContext, execution: ExecutionRecord): string | undefined {
  if (execution.type === "EXPRESS") return "Express executions cannot be redriven";
  if (execution.status === "RUNNING" || execution.status === "SUCCEEDED") {
    return `Execution is ${execution.status} and cannot be redriven`;
  }
  if (!ctx.store.getFrames(execution.executionArn).some((frame) => frame.frameId === ROOT_FRAME_ID)) {
    return "Execution cannot be redriven: it ended before entering a state";
  }
  return undefined;
}
