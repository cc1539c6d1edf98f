/** One execution history event, and its wire form in GetExecutionHistory. */
import type { HistoryEventType } from "@aws-sdk/client-sfn";
import type { JsonObject } from "../../shared/json";
import type { EventDecision } from "./event-decision";

/**
 * One execution history event as GetExecutionHistory returns it; `timestamp` is epoch milliseconds
 * here and becomes epoch seconds on the wire. Exactly one `...EventDetails` member is set, or none.
 */
export interface HistoryEvent {
  id: number;
  previousEventId: number;
  timestamp: number;
  type: HistoryEventType;
  details?: { key: string; value: JsonObject };
  /** Internal: the choice this event records, for coverage; `historyEventToWire` leaves it out. */
  decision?: EventDecision;
}

/** The wire form: the details under their own AWS member name (`stateEnteredEventDetails`, ...). */
export function historyEventToWire(event: HistoryEvent): JsonObject {
  const wire: JsonObject = {
    timestamp: event.timestamp / 1000,
    type: event.type,
    id: event.id,
    previousEventId: event.previousEventId,
  };
  if (event.details) wire[event.details.key] = event.details.value;
  return wire;
}
