/** The HistoryListener seam, through which coverage and the history printer hear committed events. */
import type { HistoryEvent } from "../asl";
import type { ExecutionRecord } from "../store/records";

/**
 * Told about every execution's history events once they are committed (Express executions, which
 * keep no history, right after their step), in event order. Listeners must not throw or block:
 * they run on the runtime's path.
 */
export interface HistoryListener {
  onEvents(execution: ExecutionRecord, events: readonly HistoryEvent[]): void;
}
