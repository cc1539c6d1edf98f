import type { Json, JsonObject } from "../../shared/json";
import type { TaskState } from "../definition/types";
import { AslError } from "../errors/asl-error";
import type { EvaluationScope } from "../io/evaluation-scope";
import { effectiveInput, stateOutput } from "../io/jsonpath-pipeline";
import { numberAtPath } from "../io/path-number";
import { payloadFields } from "../history/event-log";
import { BLOCKED, type StateOutcome } from "../interpreter/outcome";
import type { StateHandler } from "../interpreter/state-handler";
import type { StepContext } from "../interpreter/step-context";
import { parseTaskResource } from "./task-resource";
import { encodeTaskToken } from "./task-token";

interface TaskProgress {
  taskId: string;
  timeoutTimer?: string;
  heartbeatTimer?: string;
  heartbeatSeconds?: number;
  [key: string]: Json | undefined;
}

/**
 * Task: schedules the resource's work as an effect and waits for its result, a timeout or a heartbeat
 * timeout; the integration behind the resource is the runtime's business.
 */
export const taskState: StateHandler<TaskState> = {
  async start(ctx, frame, state) {
    const definition = state.definition;
    const resource = parseTaskResource(definition.Resource);
    const taskId = ctx.newId("task");
    const token = resource.pattern === "waitForTaskToken" ? encodeTaskToken(ctx.info.executionArn, frame.id, taskId) : undefined;
    const scope = ctx.scope(frame, frame.input, token === undefined ? undefined : { token });
    const parameters = effectiveInput(definition, frame.input, scope);
    const timeoutSeconds = secondsField(definition.TimeoutSeconds, definition.TimeoutSecondsPath, "TimeoutSecondsPath", scope);
    const heartbeatSeconds = secondsField(
      definition.HeartbeatSeconds,
      definition.HeartbeatSecondsPath,
      "HeartbeatSecondsPath",
      scope,
    );
    const scheduled: JsonObject = {
      resourceType: resource.resourceType,
      resource: resource.resource,
      region: resource.region || ctx.info.executionArn.split(":")[3] || "",
      parameters: JSON.stringify(parameters),
    };
    if (timeoutSeconds !== undefined) scheduled.timeoutInSeconds = timeoutSeconds;
    if (heartbeatSeconds !== undefined) scheduled.heartbeatInSeconds = heartbeatSeconds;
    ctx.emit(frame, "TaskScheduled", { key: "taskScheduledEventDetails", value: scheduled });
    const invocation: Parameters<StepContext["invokeTask"]>[1] = {
      taskId,
      resource: definition.Resource,
      parameters,
      stateName: state.name,
    };
    if (token !== undefined) invocation.taskToken = token;
    if (timeoutSeconds !== undefined) invocation.timeoutSeconds = timeoutSeconds;
    if (heartbeatSeconds !== undefined) invocation.heartbeatSeconds = heartbeatSeconds;
    if (definition.Credentials !== undefined) invocation.credentials = definition.Credentials;
    ctx.invokeTask(frame, invocation);
    const progress: TaskProgress = { taskId };
    if (token !== undefined) progress.token = token;
    const now = ctx.ports.now();
    if (timeoutSeconds !== undefined) progress.timeoutTimer = ctx.armTimer(frame, now + timeoutSeconds * 1000);
    if (heartbeatSeconds !== undefined) {
      progress.heartbeatSeconds = heartbeatSeconds;
      progress.heartbeatTimer = ctx.armTimer(frame, now + heartbeatSeconds * 1000);
    }
    ctx.emit(frame, "TaskStarted", {
      key: "taskStartedEventDetails",
      value: { resourceType: resource.resourceType, resource: resource.resource },
    });
    frame.progress = progress as JsonObject;
    return BLOCKED;
  },

  async resume(ctx, frame, state, signal): Promise<StateOutcome> {
    const definition = state.definition;
    const resource = parseTaskResource(definition.Resource);
    const progress = frame.progress as TaskProgress;
    const identity = { resourceType: resource.resourceType, resource: resource.resource };
    switch (signal.type) {
      case "task-succeeded": {
        if (signal.taskId !== progress.taskId) return BLOCKED;
        ctx.emit(frame, "TaskSucceeded", {
          key: "taskSucceededEventDetails",
          value: { ...identity, ...payloadFields("output", signal.output) },
        });
        const scope = ctx.scope(frame, frame.input);
        const output = stateOutput(definition, frame.input, signal.output, scope);
        return { kind: "transition", output, next: definition.Next };
      }
      case "task-failed": {
        if (signal.taskId !== progress.taskId) return BLOCKED;
        ctx.emit(frame, "TaskFailed", {
          key: "taskFailedEventDetails",
          value: { ...identity, error: signal.error, cause: signal.cause },
        });
        return { kind: "failed", error: new AslError(signal.error, signal.cause) };
      }
      case "task-heartbeat": {
        if (signal.taskId !== progress.taskId || progress.heartbeatSeconds === undefined) return BLOCKED;
        progress.heartbeatTimer = ctx.armTimer(frame, ctx.ports.now() + progress.heartbeatSeconds * 1000);
        frame.progress = progress as JsonObject;
        return BLOCKED;
      }
      case "timer": {
        if (signal.timerId !== progress.timeoutTimer && signal.timerId !== progress.heartbeatTimer) return BLOCKED;
        ctx.emit(frame, "TaskTimedOut", {
          key: "taskTimedOutEventDetails",
          value: { ...identity, error: "States.Timeout" },
        });
        return { kind: "failed", error: new AslError("States.Timeout", "") };
      }
      case "child-succeeded":
      case "child-failed":
        throw new Error("A Task state has no children");
    }
  },
};

function secondsField(
  literal: number | string | undefined,
  path: string | undefined,
  pathField: string,
  scope: EvaluationScope,
): number | undefined {
  if (typeof literal === "number") return literal;
  if (path !== undefined) return numberAtPath(pathField, path, scope);
  return undefined;
}
