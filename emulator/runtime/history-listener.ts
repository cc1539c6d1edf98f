import type { HistoryEvent } from "../asl/history/history-event";
import type { ExecutionRecord } from "../store/records";
import type { Logger } from "./logger";

/**
 * Told about every execution's history events once they are committed (Express executions, which
 * keep no history, right after their step), in event order. Listeners must not throw or block:
 * they run on the runtime's path.
 */
export interface HistoryListener {
  onEvents(execution: ExecutionRecord, events: readonly HistoryEvent[]): void;
}

/** Tells every listener about a step's events; one that throws is logged and the others still hear. */
export function notifyHistoryListeners(
  listeners: readonly HistoryListener[],
  execution: ExecutionRecord,
  events: readonly HistoryEvent[],
  logger: Logger,
): void {
  if (events.length === 0) return;
  for (const listener of listeners) {
    try {
      listener.onEvents(execution, events);
    } catch (error) {
      logger.error("a history listener threw", error);
    }
  }
}
