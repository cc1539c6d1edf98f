/**
 * The request and response type of every operation, from `@aws-sdk/client-sfn`'s shapes: a
 * request as it is once `validateRequest` has checked it against the service model (required
 * members present), and a response as it goes on the wire (timestamps as epoch seconds).
 */
import type * as Sfn from "@aws-sdk/client-sfn";
import type { JsonObject } from "../shared/json";
import type { TestStateRequest } from "../runtime/test-state-request";
import type { TestStateResponse } from "./test-state-response";
import type { OperationName } from "./model";

type ValidatedValue<T> = T extends readonly (infer U)[] ? Array<ValidatedValue<U>> : T extends object ? Validated<T> : T;

/** A shape whose required members (those the SDK types as `x: T | undefined`, not `x?:`) are present. */
export type Validated<T> = { [K in keyof T]: {} extends Pick<T, K> ? ValidatedValue<T[K]> : ValidatedValue<Exclude<T[K], undefined>> };

/** A shape as JSON 1.0 carries it: every `Date` an epoch-seconds number. */
export type Wire<T> = T extends Date ? number : T extends readonly (infer U)[] ? Array<Wire<U>> : T extends object ? { [K in keyof T]: Wire<T[K]> } : T;

interface Shapes {
  CreateActivity: [Sfn.CreateActivityInput, Sfn.CreateActivityOutput];
  CreateStateMachine: [Sfn.CreateStateMachineInput, Sfn.CreateStateMachineOutput];
  CreateStateMachineAlias: [Sfn.CreateStateMachineAliasInput, Sfn.CreateStateMachineAliasOutput];
  DeleteActivity: [Sfn.DeleteActivityInput, Sfn.DeleteActivityOutput];
  DeleteStateMachine: [Sfn.DeleteStateMachineInput, Sfn.DeleteStateMachineOutput];
  DeleteStateMachineAlias: [Sfn.DeleteStateMachineAliasInput, Sfn.DeleteStateMachineAliasOutput];
  DeleteStateMachineVersion: [Sfn.DeleteStateMachineVersionInput, Sfn.DeleteStateMachineVersionOutput];
  DescribeActivity: [Sfn.DescribeActivityInput, Sfn.DescribeActivityOutput];
  DescribeExecution: [Sfn.DescribeExecutionInput, Sfn.DescribeExecutionOutput];
  DescribeMapRun: [Sfn.DescribeMapRunInput, Sfn.DescribeMapRunOutput];
  DescribeStateMachine: [Sfn.DescribeStateMachineInput, Sfn.DescribeStateMachineOutput];
  DescribeStateMachineAlias: [Sfn.DescribeStateMachineAliasInput, Sfn.DescribeStateMachineAliasOutput];
  DescribeStateMachineForExecution: [Sfn.DescribeStateMachineForExecutionInput, Sfn.DescribeStateMachineForExecutionOutput];
  GetActivityTask: [Sfn.GetActivityTaskInput, Sfn.GetActivityTaskOutput];
  // History events are rendered by asl/history, which owns their detail shapes.
  GetExecutionHistory: [Sfn.GetExecutionHistoryInput, { events: JsonObject[]; nextToken?: string | undefined }];
  ListActivities: [Sfn.ListActivitiesInput, Sfn.ListActivitiesOutput];
  ListExecutions: [Sfn.ListExecutionsInput, Sfn.ListExecutionsOutput];
  ListMapRuns: [Sfn.ListMapRunsInput, Sfn.ListMapRunsOutput];
  ListStateMachineAliases: [Sfn.ListStateMachineAliasesInput, Sfn.ListStateMachineAliasesOutput];
  ListStateMachineVersions: [Sfn.ListStateMachineVersionsInput, Sfn.ListStateMachineVersionsOutput];
  ListStateMachines: [Sfn.ListStateMachinesInput, Sfn.ListStateMachinesOutput];
  ListTagsForResource: [Sfn.ListTagsForResourceInput, Sfn.ListTagsForResourceOutput];
  PublishStateMachineVersion: [Sfn.PublishStateMachineVersionInput, Sfn.PublishStateMachineVersionOutput];
  RedriveExecution: [Sfn.RedriveExecutionInput, Sfn.RedriveExecutionOutput];
  SendTaskFailure: [Sfn.SendTaskFailureInput, Sfn.SendTaskFailureOutput];
  SendTaskHeartbeat: [Sfn.SendTaskHeartbeatInput, Sfn.SendTaskHeartbeatOutput];
  SendTaskSuccess: [Sfn.SendTaskSuccessInput, Sfn.SendTaskSuccessOutput];
  StartExecution: [Sfn.StartExecutionInput, Sfn.StartExecutionOutput];
  StartSyncExecution: [Sfn.StartSyncExecutionInput, Sfn.StartSyncExecutionOutput];
  StopExecution: [Sfn.StopExecutionInput, Sfn.StopExecutionOutput];
  TagResource: [Sfn.TagResourceInput, Sfn.TagResourceOutput];
  // TestState's runner declares the request and response it serves, mirroring TestStateInput/Output.
  TestState: [TestStateRequest, TestStateResponse];
  UntagResource: [Sfn.UntagResourceInput, Sfn.UntagResourceOutput];
  UpdateMapRun: [Sfn.UpdateMapRunInput, Sfn.UpdateMapRunOutput];
  UpdateStateMachine: [Sfn.UpdateStateMachineInput, Sfn.UpdateStateMachineOutput];
  UpdateStateMachineAlias: [Sfn.UpdateStateMachineAliasInput, Sfn.UpdateStateMachineAliasOutput];
  ValidateStateMachineDefinition: [Sfn.ValidateStateMachineDefinitionInput, Sfn.ValidateStateMachineDefinitionOutput];
}

export type OperationInput<Op extends OperationName> = Validated<Shapes[Op][0]>;
export type OperationOutput<Op extends OperationName> = Wire<Shapes[Op][1]>;
