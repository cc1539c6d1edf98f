import { ServiceError } from "../../shared/service-error";
import type { ExecutionRecord, ExecutionStatus } from "../../store/records";
import { paginate } from "../pagination";
import { resourceNotFound } from "../resource-not-found";
import type { OperationHandler, ServiceContext } from "../service-context";
import { epochSeconds } from "../wire-time";
import { requireExecution } from "./execution-lookup";
import { isAliasShaped } from "./execution-target";
import { requireStateMachine } from "./state-machine-lookup";
import { DEFAULT_ENCRYPTION, definitionVariableReferences, describeMachine } from "./state-machine-operations";

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
    throw resourceNotFound(request.mapRunArn as string);
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
