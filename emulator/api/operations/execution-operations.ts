/** DescribeExecution, DescribeStateMachineForExecution, ListExecutions, StopExecution. */
import type { DescribeExecutionOutput, DescribeStateMachineForExecutionOutput, ExecutionListItem } from "@aws-sdk/client-sfn";
import { inScope } from "../../shared/arn";
import { ServiceError } from "../../shared/service-error";
import type { ExecutionRecord, ExecutionStatus } from "../../store/records";
import type { ExecutionFilter } from "../../store/store";
import type { Wire } from "../operation-shapes";
import { isExecutionKey, nextToken, pageRequest } from "../pagination";
import type { OperationHandler, ServiceContext } from "../service-context";
import { DEFAULT_ENCRYPTION, DEFAULT_LOGGING, DEFAULT_TRACING } from "../state-machine-settings";
import { executionDescription, executionSummary } from "../execution-summary";
import { epochSeconds } from "../wire-time";
import { executionMachine, requireExecution } from "./execution-lookup";
import { afterKeyUse, executionKeyUse } from "./key-use";
import { isAliasShaped } from "./execution-target";
import { requireStateMachine } from "./state-machine-lookup";
import { definitionVariableReferences } from "./state-machine-operations";
import { describeMapChild, findMapChild, listMapChildren, mapChildStateMachine } from "./map-child-operations";

/** Reading the input and output decrypts them, unless the caller asks for METADATA_ONLY. */
export const describeExecution: OperationHandler<"DescribeExecution"> = (ctx, request) => {
  const child = findMapChild(ctx, request.executionArn);
  if (child !== undefined) return describeMapChild(child);
  const execution = requireExecution(ctx, request.executionArn);
  if (request.includedData === "METADATA_ONLY") return describeStoredExecution(execution);
  return afterKeyUse(executionKeyUse(ctx, "decrypt", execution), () => describeStoredExecution(execution));
};

function describeStoredExecution(execution: ExecutionRecord): Wire<DescribeExecutionOutput> {
  return {
    ...executionDescription(execution),
    stateMachineVersionArn: execution.stateMachineVersionArn,
    stateMachineAliasArn: execution.stateMachineAliasArn,
    redriveCount: execution.redriveCount,
    redriveDate: execution.redriveDate === undefined ? undefined : epochSeconds(execution.redriveDate),
    redriveStatus: redriveStatus(execution.status),
    redriveStatusReason:
      execution.status === "SUCCEEDED" || execution.status === "RUNNING" ? `Execution is ${execution.status} and cannot be redriven` : undefined,
  };
}

function redriveStatus(status: ExecutionStatus): "REDRIVABLE" | "NOT_REDRIVABLE" {
  return status === "FAILED" || status === "TIMED_OUT" || status === "ABORTED" ? "REDRIVABLE" : "NOT_REDRIVABLE";
}

/** The definition and settings the execution runs, from the version it was started on when it was. */
export const describeStateMachineForExecution: OperationHandler<"DescribeStateMachineForExecution"> = (ctx, request) => {
  const child = findMapChild(ctx, request.executionArn);
  if (child !== undefined) return mapChildStateMachine(ctx, child);
  const execution = requireExecution(ctx, request.executionArn, ["execution", "express"]);
  if (request.includedData === "METADATA_ONLY") return stateMachineForExecution(ctx, execution);
  return afterKeyUse(executionKeyUse(ctx, "decrypt", execution), () => stateMachineForExecution(ctx, execution));
};

function stateMachineForExecution(ctx: ServiceContext, execution: ExecutionRecord): Wire<DescribeStateMachineForExecutionOutput> {
  const machine = executionMachine(ctx, execution);
  const updated = machine?.updateDate ?? machine?.creationDate ?? execution.startDate;
  return {
    stateMachineArn: execution.stateMachineArn,
    name: execution.stateMachineArn.split(":")[6] ?? "",
    definition: execution.definition,
    roleArn: execution.roleArn,
    updateDate: epochSeconds(updated),
    loggingConfiguration: machine?.loggingConfiguration ?? DEFAULT_LOGGING,
    tracingConfiguration: machine?.tracingConfiguration ?? DEFAULT_TRACING,
    encryptionConfiguration: machine?.encryptionConfiguration ?? DEFAULT_ENCRYPTION,
    revisionId: machine?.versionOf === undefined ? undefined : machine.revisionId,
    variableReferences: definitionVariableReferences(execution.definition),
  };
}

export const listExecutions: OperationHandler<"ListExecutions"> = (ctx, request) => {
  if (request.mapRunArn !== undefined) return listMapChildren(ctx, request, request.mapRunArn);
  if (request.stateMachineArn === undefined) throw new ServiceError("ValidationException", "Must provide a StateMachine ARN or MapRun ARN");
  const arn = request.stateMachineArn;
  const filter = listFilter(ctx, arn, request.statusFilter);
  const listing = `ListExecutions:${arn}:${request.statusFilter ?? ""}`;
  const page = ctx.store.listExecutions(filter, pageRequest(request, listing, isExecutionKey));
  return { executions: page.items.map(listItem), nextToken: nextToken(page, listing) };
};

function listItem(execution: ExecutionRecord): Wire<ExecutionListItem> {
  return {
    ...executionSummary(execution),
    stateMachineVersionArn: execution.stateMachineVersionArn,
    stateMachineAliasArn: execution.stateMachineAliasArn,
    redriveCount: execution.redriveCount,
  };
}

/**
 * ListExecutions takes a state machine, version or alias ARN; the latter two narrow the list. Express
 * machines keep no executions to list: AWS answers StateMachineTypeNotSupported.
 */
function listFilter(ctx: ServiceContext, arn: string, status: ExecutionStatus | undefined): ExecutionFilter {
  const alias = isAliasShaped(arn) && inScope(arn, ctx.scope) ? ctx.store.getAlias(arn) : undefined;
  const record = requireStateMachine(ctx, alias?.stateMachineArn ?? arn);
  if (record.type === "EXPRESS") {
    throw new ServiceError("StateMachineTypeNotSupported", "This operation is not supported by this type of state machine");
  }
  if (alias) return { stateMachineArn: alias.stateMachineArn, aliasArn: arn, status };
  if (record.versionOf === undefined) return { stateMachineArn: arn, status };
  return { stateMachineArn: record.versionOf, versionArn: arn, status };
}

/**
 * StopExecution: aborts a running execution; one that has already ended stays as it ended. The error
 * and cause are encrypted with the execution's key; with neither given, no key is used (API reference).
 */
export const stopExecution: OperationHandler<"StopExecution"> = async (ctx, request) => {
  const execution = requireExecution(ctx, request.executionArn);
  if (execution.status === "RUNNING") {
    if (request.error !== undefined || request.cause !== undefined) await executionKeyUse(ctx, "encrypt", execution);
    await ctx.executions.stop(execution.executionArn, request.error, request.cause);
  }
  const stopped = ctx.store.getExecution(execution.executionArn) ?? execution;
  return { stopDate: epochSeconds(stopped.stopDate ?? ctx.now()) };
};
