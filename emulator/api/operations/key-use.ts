/**
 * The customer managed key an operation uses when it reads or writes a resource's encrypted data:
 * a state machine's (or version's) for its definition and its executions' data, an activity's for its
 * tasks' input. Each answers undefined when no KMS call is due (no KMS endpoint, an AWS owned key, a
 * data key still reused), so operations stay synchronous on that path, and looks nothing up unless a
 * KMS endpoint is configured.
 */
import type { ActivityRecord, ExecutionRecord, StateMachineRecord } from "../../store/records";
import type { KeyUse } from "../kms-data-keys";
import { executionMachine } from "./execution-lookup";
import type { ServiceContext } from "../service-context";

/** The state machine's key; a version's data is its machine's, so the context names the machine. */
export function machineKeyUse(ctx: ServiceContext, use: KeyUse, machine: StateMachineRecord): Promise<void> | undefined {
  return ctx.kms.use(use, machine.encryptionConfiguration, ctx.scope, machine.versionOf ?? machine.stateMachineArn);
}

/** The key of the state machine (or version) the execution runs. */
export function executionKeyUse(ctx: ServiceContext, use: KeyUse, execution: ExecutionRecord): Promise<void> | undefined {
  if (!ctx.kms.enabled) return undefined;
  return ctx.kms.use(use, executionMachine(ctx, execution)?.encryptionConfiguration, ctx.scope, execution.stateMachineArn);
}

export function activityKeyUse(ctx: ServiceContext, use: KeyUse, activity: ActivityRecord): Promise<void> | undefined {
  return ctx.kms.use(use, activity.encryptionConfiguration, ctx.scope, activity.activityArn);
}

/** Runs `then` once the key's call (if one is due) has succeeded; synchronously when none is. */
export function afterKeyUse<T>(pending: Promise<void> | undefined, then: () => T): T | Promise<T> {
  return pending === undefined ? then() : pending.then(then);
}

/** The second key use once the first (if one was due) has succeeded. */
export function thenKeyUse(first: Promise<void> | undefined, next: () => Promise<void> | undefined): Promise<void> | undefined {
  return first === undefined ? next() : first.then(next);
}
