/**
 * The Task state: hands its work to a resource and waits for the result, with timeouts, heartbeats and
 * credentials.
 */
import { isJsonObject, type JsonObject } from "../../shared/json";
import type { CompiledState } from "../definition/program";
import type { TaskState } from "../definition/types";
import { AslError } from "../errors/asl-error";
import { PartialAslError } from "../errors/partial-asl-error";
import { flavourOf } from "../io/flavour-of";
import type { StateIo } from "../io/query-flavour";
import { BLOCKED, type StateOutcome } from "../interpreter/outcome";
import type { StateHandler } from "../interpreter/state-handler";
import type { StepContext } from "../interpreter/step-context";
import type { Frame } from "../interpreter/frame";
import { progressOf, type TaskProgress } from "../interpreter/state-progress";
import { failedEvent, scheduledEvent, startedEvent, submittedEvent, succeededEvent, timedOutEvent, type TaskEvent } from "./task-events";
import { taskParametersProblem } from "./task-parameters";
import type { TaskResource } from "../definition/task-resource";
import { encodeTaskToken } from "./task-token";
import { transitionTo } from "./state-exit";

/**
 * Task: schedules the resource's work as an effect and waits for its result, a timeout or a heartbeat
 * timeout; the integration behind the resource is the runtime's business.
 */
export const taskState: StateHandler<TaskState> = {
  async start(ctx, frame, state) {
    const definition = state.definition;
    const resource = state.resource;
    const taskId = ctx.newId("task");
    // Activity workers answer with a token too, so activities get one like callbacks do.
    const needsToken = resource.pattern === "waitForTaskToken" || resource.kind === "activity";
    const token = needsToken ? encodeTaskToken(ctx.info.executionArn, frame.id, taskId) : undefined;
    const io = ctx.stateIo(frame, frame.input, token === undefined ? undefined : { token });
    const parameters = await flavourOf(state.queryLanguage).effectiveInput(definition, io);
    const timeoutSeconds = await secondsField(state.queryLanguage, "TimeoutSeconds", definition.TimeoutSeconds, definition.TimeoutSecondsPath, io);
    const heartbeatSeconds = await secondsField(state.queryLanguage, "HeartbeatSeconds", definition.HeartbeatSeconds, definition.HeartbeatSecondsPath, io);
    const problem = taskParametersProblem(resource, parameters);
    if (problem !== undefined) {
      const { stateName, enteredEventId } = io.site;
      const cause =
        `An error occurred while executing the state '${stateName}' (entered at the event id #${enteredEventId}). ` +
        `The Parameters '${JSON.stringify(parameters)}' could not be used to start the Task: [${problem}]`;
      return { kind: "failed", error: new AslError("States.Runtime", cause) };
    }
    const credentials = await taskCredentials(state, io);
    const region = resource.region || ctx.info.executionArn.split(":")[3] || "";
    const parametersText = parameters === frame.input ? frame.inputText : undefined;
    emitEvent(ctx, frame, scheduledEvent(resource, region, parameters, timeoutSeconds, heartbeatSeconds, credentials, parametersText));
    const invocation: Parameters<StepContext["invokeTask"]>[1] = {
      taskId,
      resource: definition.Resource,
      target: resource,
      parameters,
      stateName: state.name,
    };
    if (token !== undefined) invocation.taskToken = token;
    if (timeoutSeconds !== undefined) invocation.timeoutSeconds = timeoutSeconds;
    if (heartbeatSeconds !== undefined) invocation.heartbeatSeconds = heartbeatSeconds;
    if (credentials !== undefined) invocation.credentials = credentials;
    ctx.invokeTask(frame, invocation);
    const progress: TaskProgress = { kind: "task", taskId };
    if (token !== undefined) progress.token = token;
    const now = ctx.ports.now();
    if (timeoutSeconds !== undefined) progress.timeoutTimer = ctx.armTimer(frame, now + timeoutSeconds * 1000);
    if (heartbeatSeconds !== undefined) {
      progress.heartbeatSeconds = heartbeatSeconds;
      progress.heartbeatTimer = ctx.armTimer(frame, now + heartbeatSeconds * 1000);
    }
    // An activity starts when a worker takes it (GetActivityTask), not when it is scheduled.
    if (resource.kind !== "activity") emitEvent(ctx, frame, startedEvent(resource));
    frame.progress = progress;
    return BLOCKED;
  },

  async resume(ctx, frame, state, signal): Promise<StateOutcome> {
    const definition = state.definition;
    const resource = state.resource;
    const progress = progressOf(frame, "task");
    switch (signal.type) {
      case "task-succeeded": {
        if (signal.taskId !== progress.taskId) return BLOCKED;
        markActivityStarted(ctx, frame, resource, progress, undefined);
        emitEvent(ctx, frame, succeededEvent(resource, signal.output));
        const io = ctx.stateIo(frame, frame.input);
        const exit = await flavourOf(state.queryLanguage).exit(definition, io, { value: signal.output, isResult: true });
        return transitionTo(exit, definition.Next);
      }
      case "task-failed": {
        if (signal.taskId !== progress.taskId) return BLOCKED;
        markActivityStarted(ctx, frame, resource, progress, undefined);
        emitEvent(ctx, frame, failedEvent(resource, signal.error, signal.cause));
        return { kind: "failed", error: new AslError(signal.error, signal.cause) };
      }
      case "task-heartbeat": {
        if (signal.taskId !== progress.taskId) return BLOCKED;
        if (signal.submitted !== undefined) {
          // A hand-over is not a heartbeat: HeartbeatSeconds counts from the start, as a worker's beats do.
          if (progress.submitted !== true) emitEvent(ctx, frame, submittedEvent(resource, signal.submitted));
          progress.submitted = true;
          return BLOCKED;
        }
        if (signal.workerName !== undefined) markActivityStarted(ctx, frame, resource, progress, signal.workerName);
        if (progress.heartbeatSeconds === undefined) return BLOCKED;
        progress.heartbeatTimer = ctx.armTimer(frame, ctx.ports.now() + progress.heartbeatSeconds * 1000);
        return BLOCKED;
      }
      case "timer": {
        if (signal.timerId !== progress.timeoutTimer && signal.timerId !== progress.heartbeatTimer) return BLOCKED;
        // AWS's histories name both deadlines States.Timeout, with no cause; Retry and Catch can still single out States.HeartbeatTimeout.
        const matchedAs = signal.timerId === progress.timeoutTimer ? undefined : "States.HeartbeatTimeout";
        emitEvent(ctx, frame, timedOutEvent(resource, "States.Timeout"));
        return { kind: "failed", error: new PartialAslError("States.Timeout", undefined, matchedAs) };
      }
      case "child-succeeded":
      case "child-failed":
        throw new Error("A Task state has no children");
    }
  },
};

/**
 * ActivityStarted comes when a worker takes the task; a mocked or handler-served activity answers
 * without one, and its history still shows the start before the result.
 */
function markActivityStarted(ctx: StepContext, frame: Frame, resource: TaskResource, progress: TaskProgress, workerName: string | undefined): void {
  if (resource.kind !== "activity" || progress.started === true) return;
  progress.started = true;
  emitEvent(ctx, frame, startedEvent(resource, workerName));
}

function emitEvent(ctx: StepContext, frame: Frame, event: TaskEvent): void {
  ctx.emit(frame, event.type, event.details);
}

/** The Task's Credentials with their expressions evaluated (`RoleArn.$` on the selected input, `{% %}` in JSONata). */
async function taskCredentials(state: CompiledState & { definition: TaskState }, io: StateIo): Promise<JsonObject | undefined> {
  const template = state.definition.Credentials;
  if (template === undefined) return undefined;
  const flavour = flavourOf(state.queryLanguage);
  const evaluated = await flavour.template("Credentials", template, io, await flavour.selectedInput(state.definition, io));
  return isJsonObject(evaluated) ? evaluated : undefined;
}

async function secondsField(
  language: Parameters<typeof flavourOf>[0],
  field: string,
  value: number | string | undefined,
  path: string | undefined,
  io: StateIo,
): Promise<number | undefined> {
  return flavourOf(language).number({ field, value, pathField: `${field}Path`, path, kind: "integer" }, io);
}
