/** The 37 Step Functions operation names, the guard that recognises one, and each one's model entry. */
import type { OperationModel } from "./load-service-model";
import { SERVICE_MODEL } from "./load-service-model";

/** Every Step Functions API operation, as named in `X-Amz-Target: AWSStepFunctions.<name>`. */
export const OPERATION_NAMES = [
  "CreateActivity",
  "CreateStateMachine",
  "CreateStateMachineAlias",
  "DeleteActivity",
  "DeleteStateMachine",
  "DeleteStateMachineAlias",
  "DeleteStateMachineVersion",
  "DescribeActivity",
  "DescribeExecution",
  "DescribeMapRun",
  "DescribeStateMachine",
  "DescribeStateMachineAlias",
  "DescribeStateMachineForExecution",
  "GetActivityTask",
  "GetExecutionHistory",
  "ListActivities",
  "ListExecutions",
  "ListMapRuns",
  "ListStateMachineAliases",
  "ListStateMachineVersions",
  "ListStateMachines",
  "ListTagsForResource",
  "PublishStateMachineVersion",
  "RedriveExecution",
  "SendTaskFailure",
  "SendTaskHeartbeat",
  "SendTaskSuccess",
  "StartExecution",
  "StartSyncExecution",
  "StopExecution",
  "TagResource",
  "TestState",
  "UntagResource",
  "UpdateMapRun",
  "UpdateStateMachine",
  "UpdateStateMachineAlias",
  "ValidateStateMachineDefinition",
] as const;

export type OperationName = (typeof OPERATION_NAMES)[number];

const OPERATION_SET: ReadonlySet<string> = new Set(OPERATION_NAMES);

/** Narrows the operation part of an `X-Amz-Target` header; anything else is UnknownOperationException. */
export function isOperationName(name: string): name is OperationName {
  return OPERATION_SET.has(name);
}

export function operationModel(operation: OperationName): OperationModel {
  const model = SERVICE_MODEL.operations[operation];
  if (model === undefined) throw new Error(`operation ${operation} is missing from service-model.json`);
  return model;
}
