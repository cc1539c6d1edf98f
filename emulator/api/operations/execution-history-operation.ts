/** GetExecutionHistory: an execution's events, forward or in reverse, a page at a time. */
import { historyEventToWire } from "../../asl";
import type { JsonObject } from "../../shared/json";
import type { OperationHandler } from "../service-context";
import { isNumberKey, nextToken, pageRequest } from "../pagination";
import { requireExecution } from "./execution-lookup";
import { findMapChild, mapChildHistory } from "./map-child-operations";

/** GetExecutionHistory pages by event id, so a page costs the same early or late in a long history. */
export const getExecutionHistory: OperationHandler<"GetExecutionHistory"> = (ctx, request) => {
  const child = findMapChild(ctx, request.executionArn);
  if (child !== undefined) return mapChildHistory(ctx, child, request.reverseOrder === true);
  const execution = requireExecution(ctx, request.executionArn);
  const reverse = request.reverseOrder === true;
  // The direction is part of the listing: a forward token does not continue a reverse read.
  const listing = `GetExecutionHistory:${execution.executionArn}:${reverse ? "reverse" : "forward"}`;
  const { after, limit } = pageRequest(request, listing, isNumberKey);
  const page = ctx.store.getHistory(execution.executionArn, after === undefined ? { limit, reverse } : { afterId: after, limit, reverse });
  const includeData = request.includeExecutionData !== false;
  return {
    events: page.events.map((event) => {
      const wire = historyEventToWire(event);
      return includeData ? wire : withoutData(wire);
    }),
    nextToken: nextToken({ items: page.events, next: page.nextAfterId }, listing),
  };
};

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
