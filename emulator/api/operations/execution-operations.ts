import { randomUUID } from "node:crypto";
import { executionArn as mintExecutionArn } from "../../shared/arn";
import type { Json } from "../../shared/json";
import { ServiceError } from "../../shared/service-error";
import type { ExecutionRecord, ExecutionStatus } from "../../store/records";
import { historyEventToWire } from "../../asl/history/history-event";
import { ROOT_FRAME_ID } from "../../asl/interpreter/execution-step";
import { assertArn } from "../arn-checks";
import { parseExecutionInput } from "../execution-input";
import { paginate } from "../pagination";
import { assertValidName } from "../resource-names";
import type { OperationHandler, ServiceContext } from "../service-context";
import { epochSeconds } from "../wire-time";
import type { StartRequest } from "../../runtime/execution-manager";
import { isAliasShaped, resolveExecutionTarget, type ExecutionTarget } from "./execution-target";
import { requireStateMachine } from "./state-machine-lookup";
import { DEFAULT_ENCRYPTION, definitionVariableReferences, describeMachine } from "./state-machine-operations";

function requireExecution(ctx: ServiceContext, arn: string): ExecutionRecord {
  assertArn(arn, ["execution", "express"]);
  const execution = ctx.store.getExecution(arn);
  if (!execution) throw new ServiceError("ExecutionDoesNotExist", `Execution Does Not Exist: '${arn}'`);
  return execution;
}

/** Step Functions Local's `<stateMachineArn>#<TestCase>` selects a mock config test case. */
function splitTestCase(arn: string): { stateMachineArn: string; mockTestCase?: string } {
  const hash = arn.indexOf("#");
  return hash < 0 ? { stateMachineArn: arn } : { stateMachineArn: arn.slice(0, hash), mockTestCase: arn.slice(hash + 1) };
}

export const startExecution: OperationHandler = (ctx, request) => {
  const { stateMachineArn, mockTestCase } = splitTestCase(request.stateMachineArn as string);
  const target = resolveExecutionTarget(ctx, stateMachineArn);
  const machine = target.machine;
  const name = (request.name as string | undefined) ?? randomUUID();
  assertValidName(name);
  const inputText = (request.input as string | undefined) ?? "{}";
  const input = parseExecutionInput(inputText);
  const arn = mintExecutionArn(ctx.scope, machine.name, name, machine.type === "EXPRESS");
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
};

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
export const startSyncExecution: OperationHandler = async (ctx, request) => {
  const { stateMachineArn, mockTestCase } = splitTestCase(request.stateMachineArn as string);
  const target = resolveExecutionTarget(ctx, stateMachineArn);
  const machine = target.machine;
  if (machine.type !== "EXPRESS") {
    throw new ServiceError("StateMachineTypeNotSupported", "This operation is not supported by this type of state machine");
  }
  const name = (request.name as string | undefined) ?? randomUUID();
  assertValidName(name);
  const inputText = (request.input as string | undefined) ?? "{}";
  const input = parseExecutionInput(inputText);
  // Sync executions get a second name part, as AWS's `express:<machine>:<name>:<id>` ARNs have.
  const arn = `${mintExecutionArn(ctx.scope, machine.name, name, true)}:${randomUUID()}`;
  ctx.executions.start(startRequest(target, name, arn, input, inputText, mockTestCase));
  const record = await ctx.executions.whenEnded(arn);
  if (!record) throw new Error(`express execution ${arn} was lost`);
  const response: Record<string, unknown> = {
    executionArn: record.executionArn,
    stateMachineArn: record.stateMachineArn,
    name: record.name,
    startDate: epochSeconds(record.startDate),
    stopDate: epochSeconds(record.stopDate ?? ctx.now()),
    status: record.status,
    input: record.input,
    inputDetails: { included: true },
    outputDetails: { included: true },
    billingDetails: { billedMemoryUsedInMB: 64, billedDurationInMilliseconds: billedMillis(record) },
  };
  if (record.output !== undefined) response.output = record.output;
  if (record.error !== undefined) response.error = record.error;
  if (record.cause !== undefined) response.cause = record.cause;
  return response;
};

/** AWS bills express executions in 100 ms steps. */
function billedMillis(record: ExecutionRecord): number {
  const elapsed = (record.stopDate ?? record.startDate) - record.startDate;
  return Math.max(100, Math.ceil(elapsed / 100) * 100);
}

export const describeExecution: OperationHandler = (ctx, request) => {
  const execution = requireExecution(ctx, request.executionArn as string);
  const response: Record<string, unknown> = {
    executionArn: execution.executionArn,
    stateMachineArn: execution.stateMachineArn,
    name: execution.name,
    status: execution.status,
    startDate: epochSeconds(execution.startDate),
    input: execution.input,
    inputDetails: { included: true },
    redriveCount: execution.redriveCount,
    redriveStatus: redriveStatus(execution.status),
  };
  if (execution.stopDate !== undefined) response.stopDate = epochSeconds(execution.stopDate);
  if (execution.stateMachineVersionArn !== undefined) response.stateMachineVersionArn = execution.stateMachineVersionArn;
  if (execution.stateMachineAliasArn !== undefined) response.stateMachineAliasArn = execution.stateMachineAliasArn;
  if (execution.output !== undefined) {
    response.output = execution.output;
    response.outputDetails = { included: true };
  }
  if (execution.error !== undefined) response.error = execution.error;
  if (execution.cause !== undefined) response.cause = execution.cause;
  if (execution.status === "SUCCEEDED") response.redriveStatusReason = "Execution is SUCCEEDED and cannot be redriven";
  if (execution.status === "RUNNING") response.redriveStatusReason = "Execution is RUNNING and cannot be redriven";
  if (execution.redriveDate !== undefined) response.redriveDate = epochSeconds(execution.redriveDate);
  return response;
};

function redriveStatus(status: ExecutionStatus): string {
  return status === "FAILED" || status === "TIMED_OUT" || status === "ABORTED" ? "REDRIVABLE" : "NOT_REDRIVABLE";
}

export const describeStateMachineForExecution: OperationHandler = (ctx, request) => {
  const execution = requireExecution(ctx, request.executionArn as string);
  const machine = ctx.store.getStateMachine(execution.stateMachineArn);
  const described = (machine ? describeMachine(machine) : {}) as Record<string, unknown>;
  const response: Record<string, unknown> = {
    stateMachineArn: execution.stateMachineArn,
    name: execution.stateMachineArn.split(":")[6],
    definition: execution.definition,
    roleArn: execution.roleArn,
    updateDate: described.creationDate ?? epochSeconds(execution.startDate),
    loggingConfiguration: described.loggingConfiguration ?? { level: "OFF", includeExecutionData: false },
    tracingConfiguration: described.tracingConfiguration ?? { enabled: false },
    encryptionConfiguration: described.encryptionConfiguration ?? DEFAULT_ENCRYPTION,
  };
  const references = definitionVariableReferences(execution.definition);
  if (references) response.variableReferences = references;
  if (machine?.updateDate !== undefined) response.updateDate = epochSeconds(machine.updateDate);
  return response;
};

export const listExecutions: OperationHandler = (ctx, request) => {
  // Both ARNs are optional in the model; map runs are not emulated, so none can be found.
  if (typeof request.mapRunArn === "string" && request.stateMachineArn === undefined) {
    throw new ServiceError("ResourceNotFound", `Resource not found: '${request.mapRunArn}'`);
  }
  if (typeof request.stateMachineArn !== "string") {
    throw new ServiceError("ValidationException", "Must provide a StateMachine ARN or MapRun ARN");
  }
  const arn = request.stateMachineArn;
  const target = resolveListTarget(ctx, arn);
  const status = request.statusFilter as ExecutionStatus | undefined;
  const all = ctx.store.listExecutions(target.machineArn, status).filter(target.includes);
  const { page, nextToken } = paginate(all, request, `ListExecutions:${arn}:${status ?? ""}`);
  const response: Record<string, unknown> = {
    executions: page.map((execution) => {
      const item: Record<string, unknown> = {
        executionArn: execution.executionArn,
        stateMachineArn: execution.stateMachineArn,
        name: execution.name,
        status: execution.status,
        startDate: epochSeconds(execution.startDate),
        redriveCount: execution.redriveCount,
      };
      if (execution.stopDate !== undefined) item.stopDate = epochSeconds(execution.stopDate);
      if (execution.stateMachineVersionArn !== undefined) item.stateMachineVersionArn = execution.stateMachineVersionArn;
      if (execution.stateMachineAliasArn !== undefined) item.stateMachineAliasArn = execution.stateMachineAliasArn;
      return item;
    }),
  };
  if (nextToken) response.nextToken = nextToken;
  return response;
};

/** RedriveExecution: a Standard execution that failed, timed out or was aborted runs again from where it ended. */
export const redriveExecution: OperationHandler = (ctx, request) => {
  const execution = requireExecution(ctx, request.executionArn as string);
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

/** ListExecutions takes a state machine, version or alias ARN; the latter two narrow the list. */
function resolveListTarget(ctx: ServiceContext, arn: string): { machineArn: string; includes: (execution: ExecutionRecord) => boolean } {
  const alias = isAliasShaped(arn) ? ctx.store.getAlias(arn) : undefined;
  if (alias) return { machineArn: alias.stateMachineArn, includes: (execution) => execution.stateMachineAliasArn === arn };
  const record = requireStateMachine(ctx, arn);
  if (record.versionOf === undefined) return { machineArn: arn, includes: () => true };
  return { machineArn: record.versionOf, includes: (execution) => execution.stateMachineVersionArn === arn };
}

export const stopExecution: OperationHandler = async (ctx, request) => {
  const execution = requireExecution(ctx, request.executionArn as string);
  if (execution.status === "RUNNING") {
    await ctx.executions.stop(
      execution.executionArn,
      request.error as string | undefined,
      request.cause as string | undefined,
    );
  }
  const stopped = ctx.store.getExecution(execution.executionArn) ?? execution;
  return { stopDate: epochSeconds(stopped.stopDate ?? ctx.now()) };
};

const DEFAULT_HISTORY_PAGE = 100;

export const getExecutionHistory: OperationHandler = (ctx, request) => {
  const execution = requireExecution(ctx, request.executionArn as string);
  const reverse = request.reverseOrder === true;
  const limit = typeof request.maxResults === "number" && request.maxResults > 0 ? request.maxResults : DEFAULT_HISTORY_PAGE;
  let afterId: number | undefined;
  if (typeof request.nextToken === "string") afterId = decodeHistoryToken(request.nextToken, execution.executionArn);
  const options: { afterId?: number; limit: number; reverse: boolean } = { limit, reverse };
  if (afterId !== undefined) options.afterId = afterId;
  const page = ctx.store.getHistory(execution.executionArn, options);
  const includeData = request.includeExecutionData !== false;
  const response: Record<string, unknown> = {
    events: page.events.map((event) => {
      const wire = historyEventToWire(event);
      return includeData ? wire : withoutData(wire);
    }),
  };
  if (page.nextAfterId !== undefined) {
    response.nextToken = Buffer.from(JSON.stringify([execution.executionArn, page.nextAfterId])).toString("base64");
  }
  return response;
};

function decodeHistoryToken(token: string, executionArn: string): number {
  try {
    const [arn, id] = JSON.parse(Buffer.from(token, "base64").toString("utf8")) as [unknown, unknown];
    if (arn === executionArn && typeof id === "number") return id;
  } catch {
    // fall through
  }
  throw new ServiceError("InvalidToken", "Invalid Token: 'Invalid token'");
}

/** includeExecutionData=false drops inputs and outputs from every event's details. */
function withoutData(event: Record<string, Json>): Record<string, Json> {
  const copy: Record<string, Json> = {};
  for (const [key, value] of Object.entries(event)) {
    if (key.endsWith("EventDetails") && value !== null && typeof value === "object" && !Array.isArray(value)) {
      const details = { ...value };
      delete details.input;
      delete details.output;
      copy[key] = details;
    } else {
      copy[key] = value;
    }
  }
  return copy;
}
