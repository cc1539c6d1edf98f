/** Every operation's handler, and the one place a validated request body meets its handler's type. */
import type { OperationName } from "../model";
import type { OperationOutput } from "../operation-shapes";
import type { OperationHandler, ServiceContext } from "../service-context";
import {
  createStateMachineAlias,
  deleteStateMachineAlias,
  describeStateMachineAlias,
  listStateMachineAliases,
  updateStateMachineAlias,
} from "./alias-operations";
import { describeMapRun, listMapRuns, updateMapRun } from "./map-run-operations";
import { deleteStateMachineVersion, listStateMachineVersions, publishStateMachineVersion } from "./version-operations";
import { getActivityTask } from "./activity-task-operations";
import { createActivity, deleteActivity, describeActivity, listActivities } from "./activity-operations";
import {
  describeExecution,
  describeStateMachineForExecution,
  listExecutions,
  stopExecution,
} from "./execution-operations";
import { startExecution, startSyncExecution } from "./start-execution-operations";
import { redriveExecution } from "./redrive-execution-operation";
import { getExecutionHistory } from "./execution-history-operation";
import {
  createStateMachine,
  deleteStateMachine,
  describeStateMachine,
  listStateMachines,
  updateStateMachine,
  validateStateMachineDefinition,
} from "./state-machine-operations";
import { listTagsForResource, tagResource, untagResource } from "./tag-operations";
import { sendTaskFailure, sendTaskHeartbeat, sendTaskSuccess } from "./task-token-operations";
import { testState } from "./test-state-operation";

/** Every operation of the API: a missing one is a compile error. */
export const OPERATIONS: { [Op in OperationName]: OperationHandler<Op> } = {
  CreateActivity: createActivity,
  CreateStateMachine: createStateMachine,
  CreateStateMachineAlias: createStateMachineAlias,
  DeleteActivity: deleteActivity,
  DeleteStateMachine: deleteStateMachine,
  DeleteStateMachineAlias: deleteStateMachineAlias,
  DeleteStateMachineVersion: deleteStateMachineVersion,
  DescribeActivity: describeActivity,
  DescribeExecution: describeExecution,
  DescribeMapRun: describeMapRun,
  DescribeStateMachine: describeStateMachine,
  DescribeStateMachineAlias: describeStateMachineAlias,
  DescribeStateMachineForExecution: describeStateMachineForExecution,
  GetActivityTask: getActivityTask,
  GetExecutionHistory: getExecutionHistory,
  ListActivities: listActivities,
  ListExecutions: listExecutions,
  ListMapRuns: listMapRuns,
  ListStateMachineAliases: listStateMachineAliases,
  ListStateMachineVersions: listStateMachineVersions,
  ListStateMachines: listStateMachines,
  ListTagsForResource: listTagsForResource,
  PublishStateMachineVersion: publishStateMachineVersion,
  RedriveExecution: redriveExecution,
  SendTaskFailure: sendTaskFailure,
  SendTaskHeartbeat: sendTaskHeartbeat,
  SendTaskSuccess: sendTaskSuccess,
  StartExecution: startExecution,
  StartSyncExecution: startSyncExecution,
  StopExecution: stopExecution,
  TagResource: tagResource,
  TestState: testState,
  UntagResource: untagResource,
  UpdateMapRun: updateMapRun,
  UpdateStateMachine: updateStateMachine,
  UpdateStateMachineAlias: updateStateMachineAlias,
  ValidateStateMachineDefinition: validateStateMachineDefinition,
};

/**
 * Runs an operation on a request body that `validateRequest` has checked against the service model:
 * this is the parse boundary, where the body becomes the operation's typed input.
 */
export function runOperation<Op extends OperationName>(
  operation: Op,
  ctx: ServiceContext,
  request: unknown,
): Promise<OperationOutput<Op>> | OperationOutput<Op> {
  const handler: OperationHandler<Op> = OPERATIONS[operation];
  return handler(ctx, request as Parameters<OperationHandler<Op>>[1]);
}
