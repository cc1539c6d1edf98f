/** The Context object (`$$`, `$states.context`) a state sees, and the ISO time format AWS writes in it. */
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
    },
    StateMachine: { Id: info.stateMachineArn, Name: info.stateMachineName },
    State: { EnteredTime: isoTime(frame.enteredTime), Name: frame.stateName },
  };
  // AWS's recorded contexts show RetryCount only once a state has been retried.
  if (retryCount > 0) (context.State as JsonObject).RetryCount = retryCount;
  // Express executions cannot be redriven, so AWS gives them no RedriveCount.
  if (info.type === "STANDARD") (context.Execution as JsonObject).RedriveCount = info.redriveCount;
  if (task) context.Task = { Token: task.token };
  if (frame.mapItem) context.Map = { Item: { Index: frame.mapItem.index, Value: frame.mapItem.value } };
  return context;
}

/**
 * Recently formatted times: every state builds its context, and the states of a fast run share
 * the execution's start time and mostly the same entered millisecond, so formatting showed in profiles.
 */
const recentIsoTimes = new Map<number, string>();
const MAX_RECENT_ISO_TIMES = 64;

/** AWS writes context times with millisecond precision and a Z zone. */
export function isoTime(epochMillis: number): string {
  let text = recentIsoTimes.get(epochMillis);
  if (text === undefined) {
    text = new Date(epochMillis).toISOString();
    if (recentIsoTimes.size >= MAX_RECENT_ISO_TIMES) recentIsoTimes.clear();
    recentIsoTimes.set(epochMillis, text);
  }
  return text;
}
