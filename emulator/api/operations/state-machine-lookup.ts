/** Finding the state machine or version an ARN names, in the caller's region and account. */
import { inScope } from "../../shared/arn";
import { ServiceError } from "../../shared/service-error";
import type { StateMachineRecord } from "../../store/records";
import { assertArn } from "../arn-checks";
import type { ServiceContext } from "../service-context";

/**
 * The state machine or version behind an ARN, or AWS's StateMachineDoesNotExist; only the caller's
 * region and account are searched, as each AWS region is its own service.
 */
export function requireStateMachine(ctx: ServiceContext, arn: string): StateMachineRecord {
  assertArn(arn, ["stateMachine"]);
  const machine = inScope(arn, ctx.scope) ? ctx.store.getStateMachine(arn) : undefined;
  if (!machine) throw new ServiceError("StateMachineDoesNotExist", `State Machine Does Not Exist: '${arn}'`);
  return machine;
}

/** A state machine itself, not one of its versions. */
export function requireUnversionedStateMachine(ctx: ServiceContext, arn: string): StateMachineRecord {
  const machine = requireStateMachine(ctx, arn);
  if (machine.versionOf !== undefined) {
    throw new ServiceError("StateMachineDoesNotExist", `State Machine Does Not Exist: '${machine.stateMachineArn}'`);
  }
  return machine;
}
