/** StartExecution and StartSyncExecution, on a state machine, version or alias ARN. */
import { executionArn as mintExecutionArn } from "../../shared/arn";
import type { Json } from "../../shared/json";
import { ServiceError } from "../../shared/service-error";
import type { SyncExecutionStatus } from "@aws-sdk/client-sfn";
import { assertNever } from "../../shared/assert-never";
import type { ExecutionRecord, ExecutionStatus } from "../../store/records";
import type { StartRequest } from "../../runtime/execution-manager";
import { parseExecutionInput } from "../execution-input";
import { assertValidName } from "../resource-names";
import type { OperationHandler, ServiceContext } from "../service-context";
import { epochSeconds } from "../wire-time";
import { resolveExecutionTarget, type ExecutionTarget } from "./execution-target";
import { afterKeyUse, machineKeyUse, thenKeyUse } from "./key-use";

/** Step Functions Local's `<stateMachineArn>#<TestCase>` selects a mock config test case. */
function splitTestCase(arn: string): { stateMachineArn: string; mockTestCase?: string } {
  const hash = arn.indexOf("#");
  return hash < 0 ? { stateMachineArn: arn } : { stateMachineArn: arn.slice(0, hash), mockTestCase: arn.slice(hash + 1) };
}

export const startExecution: OperationHandler<"StartExecution"> = (ctx, request) => {
  const { stateMachineArn, mockTestCase } = splitTestCase(request.stateMachineArn);
  const target = resolveExecutionTarget(ctx, stateMachineArn);
  const machine = target.machine;
  const name = request.name ?? ctx.uuid();
  assertValidName(name);
  const inputText = request.input ?? "{}";
  const input = parseExecutionInput(inputText);
  const arn = mintExecutionArn(ctx.scope, machine.name, name, machine.type === "EXPRESS");
  // The name is checked after the key's call (if one is due), so no other start can take it meanwhile.
  return afterKeyUse(runKeyUses(ctx, target), () => {
    const existing = ctx.store.getExecution(arn);
    if (existing) {
      // Same name and input while still running is the same request again; AWS answers it idempotently.
      if (existing.status === "RUNNING" && existing.input === inputText) {
        return { executionArn: arn, startDate: epochSeconds(existing.startDate) };
      }
      throw new ServiceError("ExecutionAlreadyExists", `Execution Already Exists: '${arn}'`);
    }
    const record = ctx.executions.start(startRequest(target, name, arn, input, inputText, mockTestCase));
    return { executionArn: arn, startDate: epochSeconds(record.startDate) };
  });
};

/** Running reads the encrypted definition and writes the encrypted input: Decrypt, then GenerateDataKey. */
function runKeyUses(ctx: ServiceContext, target: ExecutionTarget): Promise<void> | undefined {
  if (!ctx.kms.enabled) return undefined;
  return thenKeyUse(machineKeyUse(ctx, "decrypt", target.source), () => machineKeyUse(ctx, "encrypt", target.source));
}

function startRequest(
  target: ExecutionTarget,
  name: string,
  executionArn: string,
  input: Json,
  inputText: string,
  mockTestCase: string | undefined,
): StartRequest {
  const request: StartRequest = {
    machine: target.source,
    stateMachineArn: target.machine.stateMachineArn,
    name,
    executionArn,
    input,
    inputText,
  };
  if (target.versionArn !== undefined) request.versionArn = target.versionArn;
  if (target.aliasArn !== undefined) request.aliasArn = target.aliasArn;
  if (mockTestCase !== undefined) request.mockTestCase = mockTestCase;
  return request;
}

/** StartSyncExecution: runs an EXPRESS machine in memory and answers with how it ended. */
export const startSyncExecution: OperationHandler<"StartSyncExecution"> = async (ctx, request) => {
  const { stateMachineArn, mockTestCase } = splitTestCase(request.stateMachineArn);
  const target = resolveExecutionTarget(ctx, stateMachineArn);
  const machine = target.machine;
  if (machine.type !== "EXPRESS") {
    throw new ServiceError("StateMachineTypeNotSupported", "This operation is not supported by this type of state machine");
  }
  const name = request.name ?? ctx.uuid();
  assertValidName(name);
  const inputText = request.input ?? "{}";
  const input = parseExecutionInput(inputText);
  // Sync executions get a second name part, as AWS's `express:<machine>:<name>:<id>` ARNs have.
  const arn = `${mintExecutionArn(ctx.scope, machine.name, name, true)}:${ctx.uuid()}`;
  await runKeyUses(ctx, target);
  ctx.executions.start(startRequest(target, name, arn, input, inputText, mockTestCase));
  const record = await ctx.executions.whenEnded(arn);
  if (!record) throw new Error(`express execution ${arn} was lost`);
  return {
    executionArn: record.executionArn,
    stateMachineArn: record.stateMachineArn,
    name: record.name,
    startDate: epochSeconds(record.startDate),
    stopDate: epochSeconds(record.stopDate ?? ctx.now()),
    status: syncStatus(record.status),
    input: record.input,
    inputDetails: { included: true },
    outputDetails: { included: true },
    billingDetails: { billedMemoryUsedInMB: 64, billedDurationInMilliseconds: billedMillis(record) },
    output: record.output,
    error: record.error,
    cause: record.cause,
  };
};

/** How a sync execution ended; one the runtime ended otherwise (it never does) reads as FAILED. */
function syncStatus(status: ExecutionStatus): SyncExecutionStatus {
  switch (status) {
    case "SUCCEEDED":
    case "FAILED":
    case "TIMED_OUT":
      return status;
    case "RUNNING":
    case "ABORTED":
    case "PENDING_REDRIVE":
      return "FAILED";
    default:
      return assertNever(status);
  }
}

/** AWS bills express executions in 100 ms steps. */
function billedMillis(record: ExecutionRecord): number {
  const elapsed = (record.stopDate ?? record.startDate) - record.startDate;
  return Math.max(100, Math.ceil(elapsed / 100) * 100);
}
