/** Finding the execution an ARN names, in the caller's region and account, and the state machine it runs. */
import { inScope } from "../../shared/arn";
import { ServiceError } from "../../shared/service-error";
import type { ExecutionRecord, StateMachineRecord } from "../../store/records";
import { assertArn } from "../arn-checks";
import type { ServiceContext } from "../service-context";

/**
 * The execution behind an ARN in the caller's region and account, or AWS's InvalidArn /
 * ExecutionDoesNotExist. Operations AWS does not serve for Express executions (DescribeExecution,
 * GetExecutionHistory, StopExecution) accept only `execution` ARNs, so an `express` one is InvalidArn.
 */
export function requireExecution(ctx: ServiceContext, arn: string, resourceTypes: readonly string[] = ["execution"]): ExecutionRecord {
  assertArn(arn, resourceTypes);
  const execution = inScope(arn, ctx.scope) ? ctx.store.getExecution(arn) : undefined;
  if (!execution) throw new ServiceError("ExecutionDoesNotExist", `Execution Does Not Exist: '${arn}'`);
  return execution;
}

/** The state machine record an execution runs: its version's when started on one, else the machine's. */
export function executionMachine(ctx: ServiceContext, execution: ExecutionRecord): StateMachineRecord | undefined {
  const version = execution.stateMachineVersionArn === undefined ? undefined : ctx.store.getStateMachine(execution.stateMachineVersionArn);
  return version ?? ctx.store.getStateMachine(execution.stateMachineArn);
}
