import { ServiceError } from "../../shared/service-error";
import type { ExecutionRecord } from "../../store/records";
import { assertArn } from "../arn-checks";
import type { ServiceContext } from "../service-context";

/** The execution behind an ARN, or AWS's InvalidArn / ExecutionDoesNotExist. */
export function requireExecution(ctx: ServiceContext, arn: string): ExecutionRecord {
  assertArn(arn, ["execution", "express"]);
  const execution = ctx.store.getExecution(arn);
  if (!execution) throw new ServiceError("ExecutionDoesNotExist", `Execution Does Not Exist: '${arn}'`);
  return execution;
}
