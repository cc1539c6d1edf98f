import { historyEventToWire } from "../../asl/history/history-event";
import type { Json } from "../../shared/json";
import { ServiceError } from "../../shared/service-error";
import type { OperationHandler } from "../service-context";
import { requireExecution } from "./execution-lookup";

const DEFAULT_HISTORY_PAGE = 100;

export const getExecutionHistory: OperationHandler = (ctx, request) => {
  const execution = requireExecution(ctx, request.executionArn as string);
  const reverse = request.reverseOrder === true;
  const limit = typeof request.maxResults === "number" && request.maxResults > 0 ? request.maxResults : DEFAULT_HISTORY_PAGE;
  let afterId: number | undefined;
  if (typeof request.nextToken === "string") afterId = decodeHistoryToken(request.nextToken, execution.executionArn);
  const options: { afterId?: number; limit: number; reverse: boolean } = { limit, reverse };
  if (afterId !== undefined) options.afterId = afterId;
  const page = ctx.store.getHistory(execution.executionArn, options);
  const includeData = request.includeExecutionData !== false;
  const response: Record<string, unknown> = {
    events: page.events.map((event) => {
      const wire = historyEventToWire(event);
      return includeData ? wire : withoutData(wire);
    }),
  };
  if (page.nextAfterId !== undefined) {
    response.nextToken = Buffer.from(JSON.stringify([execution.executionArn, page.nextAfterId])).toString("base64");
  }
  return response;
};

function decodeHistoryToken(token: string, executionArn: string): number {
  try {
    const [arn, id] = JSON.parse(Buffer.from(token, "base64").toString("utf8")) as [unknown, unknown];
    if (arn === executionArn && typeof id === "number") return id;
  } catch {
    // fall through
  }
  throw new ServiceError("InvalidToken", "Invalid Token: 'Invalid token'");
}

/** includeExecutionData=false drops inputs and outputs from every event's details. */
function withoutData(event: Record<string, Json>): Record<string, Json> {
  const copy: Record<string, Json> = {};
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
