/** What an execution runs when started on a state machine, version or alias ARN. */
import type { StateMachineRecord } from "../../store/records";
import { inScope } from "../../shared/arn";
import type { ServiceContext } from "../service-context";
import { routeAlias } from "./alias-operations";
import { requireStateMachine } from "./state-machine-lookup";

/** What an execution runs when started on a state machine, version or alias ARN. */
export interface ExecutionTarget {
  /** The state machine the execution belongs to. */
  machine: StateMachineRecord;
  /** Where its definition comes from: the machine itself, or the version chosen. */
  source: StateMachineRecord;
  versionArn?: string;
  aliasArn?: string;
}

/** Alias ARNs end in a name with a letter after the machine name; only those need the alias table. */
export function isAliasShaped(arn: string): boolean {
  const parts = arn.split(":");
  return parts.length === 8 && /[A-Za-z_.-]/.test(parts[7] ?? "");
}

export function resolveExecutionTarget(ctx: ServiceContext, arn: string): ExecutionTarget {
  const alias = isAliasShaped(arn) && inScope(arn, ctx.scope) ? ctx.store.getAlias(arn) : undefined;
  if (alias) {
    const version = requireStateMachine(ctx, routeAlias(alias, Math.random));
    return { machine: requireStateMachine(ctx, alias.stateMachineArn), source: version, versionArn: version.stateMachineArn, aliasArn: arn };
  }
  const record = requireStateMachine(ctx, arn);
  if (record.versionOf === undefined) return { machine: record, source: record };
  return { machine: requireStateMachine(ctx, record.versionOf), source: record, versionArn: arn };
}
