/**
 * An event a DISTRIBUTED Map's child execution wrote, as history listeners hear it under the parent
 * execution: STANDARD children also keep theirs in their own history, EXPRESS children keep none.
 */
import type { HistoryEventType } from "@aws-sdk/client-sfn";
import type { JsonObject } from "../../shared/json";
import type { EventDecision } from "./event-decision";

export interface ChildExecutionEvent {
  /** The child's frame that wrote it: a state's exit and the next state's entry come from the same frame. */
  frameId: string;
  type: HistoryEventType;
  details?: { key: string; value: JsonObject };
  /** The Choice rule, Retrier or Catcher the event records, as on a parent's events. */
  decision?: EventDecision;
}
