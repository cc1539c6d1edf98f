/**
 * History events as Step Functions Local records them, for its compatibility mode: suites written
 * against it count and match events by its naming, which differs from AWS's in two places.
 */
import type { HistoryEvent } from "../asl";
import type { JsonObject } from "../shared/json";

/**
 * `aws-sdk:` tasks: AWS records `resourceType: "aws-sdk:comprehend", resource: "detectSentiment"`;
 * Step Functions Local records `resourceType: "aws-sdk", resource: "comprehend:detectSentiment"`.
 */
export function withSflResourceNaming(event: HistoryEvent): HistoryEvent {
  const details = event.details;
  const resourceType = details?.value["resourceType"];
  const resource = details?.value["resource"];
  if (!details || typeof resourceType !== "string" || typeof resource !== "string" || !resourceType.startsWith("aws-sdk:")) return event;
  const service = resourceType.slice("aws-sdk:".length);
  return { ...event, details: { key: details.key, value: { ...details.value, resourceType: "aws-sdk", resource: `${service}:${resource}` } } };
}

/** A mocked failure in Step Functions Local: TaskFailed carries only the error and the cause. */
export function withBareTaskFailure(event: HistoryEvent): HistoryEvent {
  if (event.type !== "TaskFailed" || !event.details) return event;
  const value: JsonObject = {};
  for (const key of ["error", "cause"]) {
    const field = event.details.value[key];
    if (field !== undefined) value[key] = field;
  }
  return { ...event, details: { key: event.details.key, value } };
}
