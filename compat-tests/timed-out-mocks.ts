/**
 * A recorded task that timed out (TaskTimedOut, LambdaFunctionTimedOut) becomes a mocked answer whose
 * DelaySeconds outlasts the deadline the history recorded for it, so the emulator's own timer fires first.
 */
import { isJsonObject, type Json, type JsonObject } from "../emulator/shared/json";

/** The history events of a task that timed out, which a delayed mocked answer reproduces. */
export const TIMED_OUT_EVENTS: ReadonlySet<string> = new Set(["TaskTimedOut", "LambdaFunctionTimedOut"]);

const SCHEDULED_DETAILS: Readonly<Record<string, string>> = {
  TaskScheduled: "taskScheduledEventDetails",
  LambdaFunctionScheduled: "lambdaFunctionScheduledEventDetails",
};

/** How far past the deadline the answer comes: far enough that the timer fires first on any clock. */
const MARGIN_SECONDS = 1;

/**
 * The mocked answer for a timed-out task: a late Return, due a second after the earliest deadline
 * (TimeoutSeconds or HeartbeatSeconds, as the task's Scheduled event recorded them, paths resolved).
 * A string says why there is none.
 */
export function timedOutResponse(event: JsonObject, byId: ReadonlyMap<number, JsonObject>): JsonObject | string {
  const scheduled = scheduledEventOf(event, byId);
  if (scheduled === undefined) return `cannot find the Scheduled event of the ${String(event["type"])} event ${String(event["id"])}`;
  const details = scheduled[SCHEDULED_DETAILS[String(scheduled["type"])] ?? ""];
  const deadlines = isJsonObject(details) ? [details["timeoutInSeconds"], details["heartbeatInSeconds"]].filter((v): v is number => typeof v === "number") : [];
  if (deadlines.length === 0) return `the task of event ${String(event["id"])} timed out with no recorded TimeoutSeconds or HeartbeatSeconds`;
  return { Return: null, DelaySeconds: Math.min(...deadlines) + MARGIN_SECONDS };
}

/** Walks previousEventId links back from a task's TimedOut event to the Scheduled event of the same attempt. */
function scheduledEventOf(event: JsonObject, byId: ReadonlyMap<number, JsonObject>): JsonObject | undefined {
  let cur: JsonObject | undefined = event;
  for (let hops = 0; cur && hops < 10; hops++) {
    if (SCHEDULED_DETAILS[String(cur["type"])] !== undefined) return cur;
    const prev: Json | undefined = cur["previousEventId"];
    cur = typeof prev === "number" && prev > 0 ? byId.get(prev) : undefined;
  }
  return undefined;
}
