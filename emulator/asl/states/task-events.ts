/**
 * The history events of a Task's work, named and detailed per kind of resource (service integration,
 * Lambda function ARN, activity).
 */
import type { HistoryEventType } from "@aws-sdk/client-sfn";
import type { Json, JsonObject } from "../../shared/json";
import { payloadFields } from "../history/event-log";
import type { TaskResource } from "../definition/task-resource";

/** The phases every kind of Task has an event for (only service tasks have Submitted: see submittedEvent). */
type Phase = "Scheduled" | "Started" | "Succeeded" | "Failed" | "TimedOut";

/**
 * The history events of a Task's work: `Task*` for service integrations, `LambdaFunction*` for the
 * legacy function-ARN resource, `Activity*` for activities, each with its own detail fields.
 */
export interface TaskEvent {
  type: HistoryEventType;
  details?: { key: string; value: JsonObject };
}

const PREFIX: Record<TaskResource["kind"], { type: "Task" | "LambdaFunction" | "Activity"; key: string }> = {
  service: { type: "Task", key: "task" },
  "lambda-function": { type: "LambdaFunction", key: "lambdaFunction" },
  activity: { type: "Activity", key: "activity" },
};

function event(resource: TaskResource, phase: Phase, value: JsonObject | undefined): TaskEvent {
  const prefix = PREFIX[resource.kind];
  const type: HistoryEventType = `${prefix.type}${phase}`;
  return value === undefined ? { type } : { type, details: { key: `${prefix.key}${phase}EventDetails`, value } };
}

/** Service tasks name their resource in every event but Scheduled, which adds region and parameters. */
function identity(resource: TaskResource): JsonObject {
  return resource.kind === "service" ? { resourceType: resource.resourceType, resource: resource.resource } : {};
}

/** `parametersText` is the state input's text when the input goes to the task untouched (no Parameters). */
export function scheduledEvent(
  resource: TaskResource,
  region: string,
  parameters: Json,
  timeoutSeconds: number | undefined,
  heartbeatSeconds: number | undefined,
  credentials?: JsonObject,
  parametersText?: string,
): TaskEvent {
  const text = parametersText ?? JSON.stringify(parameters);
  const value: JsonObject =
    resource.kind === "service"
      ? { ...identity(resource), region, parameters: text }
      : { resource: resource.resource, ...payloadFields("input", parameters, text) };
  if (timeoutSeconds !== undefined) value.timeoutInSeconds = timeoutSeconds;
  if (heartbeatSeconds !== undefined) value.heartbeatInSeconds = heartbeatSeconds;
  const roleArn = credentials?.["RoleArn"];
  if (typeof roleArn === "string") value.taskCredentials = { roleArn };
  return event(resource, "Scheduled", value);
}

export function startedEvent(resource: TaskResource, workerName?: string): TaskEvent {
  switch (resource.kind) {
    case "service":
      return event(resource, "Started", identity(resource));
    case "lambda-function":
      return event(resource, "Started", undefined);
    case "activity":
      return event(resource, "Started", workerName ? { workerName } : {});
  }
}

/** Only service integrations hand work over (`.sync`, `.waitForTaskToken`), so only they have TaskSubmitted. */
export function submittedEvent(resource: TaskResource, output: Json): TaskEvent {
  return { type: "TaskSubmitted", details: { key: "taskSubmittedEventDetails", value: { ...identity(resource), ...payloadFields("output", output) } } };
}

export function succeededEvent(resource: TaskResource, output: Json): TaskEvent {
  return event(resource, "Succeeded", { ...identity(resource), ...payloadFields("output", output) });
}

export function failedEvent(resource: TaskResource, error: string, cause: string): TaskEvent {
  return event(resource, "Failed", { ...identity(resource), error, cause });
}

export function timedOutEvent(resource: TaskResource, error: string): TaskEvent {
  return event(resource, "TimedOut", { ...identity(resource), error });
}
