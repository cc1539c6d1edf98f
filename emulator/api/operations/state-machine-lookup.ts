import { ServiceError } from "../../shared/service-error";
import type { StateMachineRecord } from "../../store/records";
import { assertArn } from "../arn-checks";
import type { ServiceContext } from "../service-context";

/** The state machine or version behind an ARN, or AWS's StateMachineDoesNotExist. */
export function requireStateMachine(ctx: ServiceContext, arn: string): StateMachineRecord {
  assertArn(arn, ["stateMachine"]);
  const machine = ctx.store.getStateMachine(arn);
  if (!machine) throw new ServiceError("StateMachineDoesNotExist", `State Machine Does Not Exist: '${arn}'`);
  return machine;
}
