/**
 * The seam through which anything outside the runtime watches executions: after each step's events
 * are committed (or, for Express executions, produced), every listener hears of them in order.
 */
import type { HistoryEvent } from "../asl/history/history-event";
import type { Logger } from "./logger";

/** Which execution the events belong to. */
export interface ListenedExecution {
  executionArn: string;
  stateMachineArn: string;
}

export interface HistoryListener {
  /** Called once per step with that step's events, oldest first; must not throw (a throw is logged and ignored). */
  onEvents(execution: ListenedExecution, events: readonly HistoryEvent[]): void;
}

/** Tells each listener of a step's events; one that throws is logged and the others still hear. */
export function notifyListeners(listeners: readonly HistoryListener[], execution: ListenedExecution, events: readonly HistoryEvent[], logger: Logger): void {
  if (events.length === 0) return;
  for (const listener of listeners) {
    try {
      listener.onEvents(execution, events);
    } catch (error) {
      logger.error("a history listener failed", error);
    }
  }
}
