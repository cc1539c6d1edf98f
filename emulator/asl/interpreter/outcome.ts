/** The outcomes a state's step can end in: transition, failure or blocked. */
import type { HistoryEventType } from "@aws-sdk/client-sfn";
import type { Json, JsonObject } from "../../shared/json";
import type { AslError } from "../errors/asl-error";
import type { EventDecision } from "../history/event-decision";

/** What one step of a state ends in; the state template turns it into events and a transition. */
export type StateOutcome =
  /** The state finished with `output`; go to `next`, or end the frame when it is undefined. */
  /** `outputText` is the output's text when AWS would write it from raw texts (a Parallel of untouched branches). */
  /** `decision` is the Choice rule (or Default) that picked `next`, recorded on the exited event. */
  | { kind: "transition"; output: Json; next: string | undefined; assigned?: JsonObject; outputText?: string; decision?: EventDecision }
  /**
   * The state failed; Retry and Catch apply where the state has them. `closingEvent` (MapStateFailed,
   * ParallelStateFailed) is written only when no retry follows, as AWS does.
   */
  | { kind: "failed"; error: AslError; closingEvent?: HistoryEventType }
  /** The state waits for a timer, a task or its children; the frame resumes on a signal. */
  | { kind: "blocked" };

export const BLOCKED: StateOutcome = { kind: "blocked" };
