import type { JsonObject } from "../../shared/json";
import type { ExecutionInfo } from "../interpreter/execution-info";
import type { Frame } from "../interpreter/frame";

/** Builds `$$` for a state; `task` adds `$$.Task.Token` for .waitForTaskToken. */
export function buildContextObject(info: ExecutionInfo, frame: Frame, task?: { token: string }): JsonObject {
  const retryCount = frame.retryAttempts.reduce((sum, n) => sum + n, 0);
  const context: JsonObject = {
    Execution: {
      Id: info.executionArn,
      Input: info.input,
      StartTime: isoTime(info.startTime),
      Name: info.name,
      RoleArn: info.roleArn,
      RedriveCount: info.redriveCount,
    },
    StateMachine: { Id: info.stateMachineArn, Name: info.stateMachineName },
    State: { EnteredTime: isoTime(frame.enteredTime), Name: frame.stateName, RetryCount: retryCount },
  };
  if (task) context.Task = { Token: task.token };
  if (frame.mapItem) context.Map = { Item: { Index: frame.mapItem.index, Value: frame.mapItem.value } };
  return context;
}

/** AWS writes context times with millisecond precision and a Z zone. */
export function isoTime(epochMillis: number): string {
  return new Date(epochMillis).toISOString();
}
