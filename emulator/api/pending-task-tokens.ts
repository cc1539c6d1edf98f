/**
 * The task tokens an execution's callback tasks are waiting on, for the console's "send success /
 * failure" panel. A `.waitForTaskToken` task must pass `$$.Task.Token` in its parameters, so the
 * token is among the strings of its TaskScheduled event; the runtime confirms which one is live.
 */
import type { HistoryEvent } from "../asl";
import type { Json } from "../shared/json";
import type { ServiceContext } from "./service-context";

export interface PendingTaskToken {
  taskToken: string;
  /** The Task state waiting on it. */
  stateName: string;
  scheduledEventId: number;
  resource: string;
}

const HISTORY_PAGE = 1000;

export function pendingTaskTokens(ctx: ServiceContext, executionArn: string): PendingTaskToken[] {
  const events = new Map<number, HistoryEvent>();
  let afterId: number | undefined;
  do {
    const page = ctx.store.getHistory(executionArn, afterId === undefined ? { limit: HISTORY_PAGE, reverse: false } : { afterId, limit: HISTORY_PAGE, reverse: false });
    for (const event of page.events) events.set(event.id, event);
    afterId = page.nextAfterId;
  } while (afterId !== undefined);

  const pending: PendingTaskToken[] = [];
  const seen = new Set<string>();
  for (const event of events.values()) {
    if (event.type !== "TaskScheduled" || !event.details) continue;
    const { parameters, resource, resourceType } = event.details.value;
    if (typeof parameters !== "string") continue;
    for (const candidate of stringsIn(parseOrText(parameters))) {
      if (seen.has(candidate) || !isLiveToken(ctx, candidate, executionArn)) continue;
      seen.add(candidate);
      pending.push({
        taskToken: candidate,
        stateName: enteredStateName(events, event),
        scheduledEventId: event.id,
        resource: `${String(resourceType)}:${String(resource)}`,
      });
    }
  }
  return pending;
}

function isLiveToken(ctx: ServiceContext, candidate: string, executionArn: string): boolean {
  try {
    return ctx.executions.waitingTask(candidate).target.executionArn === executionArn;
  } catch {
    return false;
  }
}

/** The name in the nearest StateEntered event up the previousEventId chain. */
function enteredStateName(events: ReadonlyMap<number, HistoryEvent>, from: HistoryEvent): string {
  for (let event: HistoryEvent | undefined = from; event; event = events.get(event.previousEventId)) {
    const name = event.type.endsWith("StateEntered") ? event.details?.value.name : undefined;
    if (typeof name === "string") return name;
    if (event.previousEventId >= event.id) break;
  }
  return "";
}

function parseOrText(text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return text;
  }
}

function* stringsIn(value: Json): Generator<string> {
  if (typeof value === "string") yield value;
  else if (Array.isArray(value)) for (const item of value) yield* stringsIn(item);
  else if (value !== null && typeof value === "object") for (const item of Object.values(value)) yield* stringsIn(item);
}
