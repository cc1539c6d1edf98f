/** GetExecutionHistory: an execution's events, forward or in reverse, a page at a time. */
import { historyEventToWire } from "../../asl";
import type { JsonObject } from "../../shared/json";
import type { HistoryPage } from "../../store/store";
import type { MapChildRecord } from "../../store/records";
import type { OperationInput, OperationOutput } from "../operation-shapes";
import type { OperationHandler, ServiceContext } from "../service-context";
import { isNumberKey, nextToken, pageRequest } from "../pagination";
import { requireExecution } from "./execution-lookup";
import { afterKeyUse, executionKeyUse } from "./key-use";
import { findMapChild, mapChildHistory } from "./map-child-operations";

/** GetExecutionHistory pages by event id, so a page costs the same early or late in a long history. */
export const getExecutionHistory: OperationHandler<"GetExecutionHistory"> = (ctx, request) => {
  const child = findMapChild(ctx, request.executionArn);
  if (child !== undefined) return historyPage(ctx, request, child.executionArn, child);
  // The events' data is encrypted with the execution's key: reading it decrypts.
  const execution = requireExecution(ctx, request.executionArn);
  return afterKeyUse(executionKeyUse(ctx, "decrypt", execution), () => historyPage(ctx, request, execution.executionArn, undefined));
};

function historyPage(
  ctx: ServiceContext,
  request: OperationInput<"GetExecutionHistory">,
  executionArn: string,
  child: MapChildRecord | undefined,
): OperationOutput<"GetExecutionHistory"> {
  const reverse = request.reverseOrder === true;
  // The direction is part of the listing: a forward token does not continue a reverse read.
  const listing = `GetExecutionHistory:${executionArn}:${reverse ? "reverse" : "forward"}`;
  const { after, limit } = pageRequest(request, listing, isNumberKey);
  const page =
    child !== undefined
      ? childHistoryPage(mapChildHistory(ctx, child), { after, limit, reverse })
      : storedHistoryPage(ctx.store.getHistory(executionArn, after === undefined ? { limit, reverse } : { afterId: after, limit, reverse }));
  const includeData = request.includeExecutionData !== false;
  return {
    events: page.events.map((event) => (includeData ? event : withoutData(event))),
    nextToken: nextToken({ items: page.events, next: page.next }, listing),
  };
}

interface WireHistoryPage {
  events: JsonObject[];
  /** The id of the page's last event, when more follow. */
  next: number | undefined;
}

function storedHistoryPage(page: HistoryPage): WireHistoryPage {
  return { events: page.events.map(historyEventToWire), next: page.nextAfterId };
}

/**
 * A page of a Map child's history, which is built whole (one iteration's events) with ids 1..n: a
 * page is the events after (or, in reverse, before) the id in the token.
 */
function childHistoryPage(events: JsonObject[], page: { after: number | undefined; limit: number; reverse: boolean }): WireHistoryPage {
  const ordered = page.reverse ? events.reverse() : events;
  // Ids run 1..n, so the event with id k sits at index k-1 forward and at n-k in reverse.
  const start = page.after === undefined ? 0 : page.reverse ? ordered.length - page.after + 1 : page.after;
  const slice = ordered.slice(start, start + page.limit);
  const last = slice[slice.length - 1]?.["id"];
  return { events: slice, next: start + page.limit < ordered.length && typeof last === "number" ? last : undefined };
}

/** includeExecutionData=false drops inputs and outputs from every event's details. */
function withoutData(event: JsonObject): JsonObject {
  const copy: JsonObject = {};
  for (const [key, value] of Object.entries(event)) {
    if (key.endsWith("EventDetails") && value !== null && typeof value === "object" && !Array.isArray(value)) {
      const details = { ...value };
      delete details.input;
      delete details.output;
      copy[key] = details;
    } else {
      copy[key] = value;
    }
  }
  return copy;
}
