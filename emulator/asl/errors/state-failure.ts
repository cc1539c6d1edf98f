/** The wording AWS gives a state's States.Runtime failure: a cause naming the state and its entered event. */
import { AslError } from "./asl-error";

const PREFIX = "An error occurred while executing the state ";

/** The sentence AWS puts in front of every run-time failure of a state. */
export function stateFailureCause(site: { stateName: string; enteredEventId: number }, detail: string): string {
  return `${PREFIX}'${site.stateName}' (entered at the event id #${site.enteredEventId}). ${detail}`;
}

/**
 * A run-time failure of a state as AWS reports it: States.Runtime causes begin with the state's
 * name and the id of its entered event. Other errors (task failures, States.* errors with their own
 * wording, Fail states) keep their cause.
 */
export function stateFailure(error: AslError, site: { stateName: string; enteredEventId: number }): AslError {
  if (error.error !== "States.Runtime" || error.cause.startsWith(PREFIX)) return error;
  return new AslError(error.error, stateFailureCause(site, error.cause));
}
