/**
 * The wait endpoint's answer for an Express execution, which AWS keeps no record of: the emulator
 * remembers one while it runs and among the last that ended, and answers in DescribeExecution's shape.
 */
import type { DescribeExecutionOutput } from "@aws-sdk/client-sfn";
import { inScope, parseArn } from "../shared/arn";
import { ServiceError } from "../shared/service-error";
import type { ExecutionRecord } from "../store/records";
import { RECENT_EXPRESS_LIMITS } from "../runtime/recent-express-executions";
import { executionDescription } from "./execution-summary";
import type { Wire } from "./operation-shapes";
import type { ServiceContext } from "./service-context";

export function isExpressArn(arn: string): boolean {
  return parseArn(arn)?.resourceType === "express";
}

/** The Express execution running here or ended recently, or ExecutionDoesNotExist saying how long the emulator remembers them. */
export function requireExpressExecution(ctx: ServiceContext, executionArn: string): ExecutionRecord {
  const record = inScope(executionArn, ctx.scope) ? ctx.executions.expressRecord(executionArn) : undefined;
  if (record) return record;
  throw new ServiceError(
    "ExecutionDoesNotExist",
    `Execution Does Not Exist: '${executionArn}' (the emulator remembers an Express execution while it runs and among the last ${RECENT_EXPRESS_LIMITS.executions} that ended)`,
  );
}

/** DescribeExecution's fields that an Express execution has (AWS would not describe it at all). */
export function describeExpressExecution(record: ExecutionRecord): Wire<DescribeExecutionOutput> {
  return executionDescription(record);
}
