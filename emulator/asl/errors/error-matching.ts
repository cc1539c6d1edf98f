/** Errors no Retrier or Catcher can recover from by a wildcard. */
const TERMINAL_ERRORS = new Set(["States.Runtime", "States.DataLimitExceeded"]);

/** Whether a Retrier's or Catcher's ErrorEquals list covers an error name, with the States.* wildcard rules. */
export function errorMatches(errorEquals: readonly string[], error: string): boolean {
  for (const name of errorEquals) {
    if (name === error) return true;
    if (name === "States.ALL" && !TERMINAL_ERRORS.has(error)) return true;
    // States.TaskFailed is a wildcard for task errors, but never for a timeout.
    if (name === "States.TaskFailed" && error !== "States.Timeout" && !TERMINAL_ERRORS.has(error)) return true;
  }
  return false;
}
