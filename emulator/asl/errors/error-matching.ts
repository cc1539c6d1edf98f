/** Whether a Retrier's or Catcher's ErrorEquals list covers an error name, with the States.* wildcard rules. */
export function errorMatches(errorEquals: readonly string[], error: string): boolean {
  for (const name of errorEquals) {
    if (name === error) return true;
    // The recorded AWS histories show States.ALL catching States.DataLimitExceeded, though the guide says otherwise.
    if (name === "States.ALL" && error !== "States.Runtime") return true;
    // A heartbeat timeout is a timeout: AWS names it States.Timeout in the history, and catchers of States.Timeout predate States.HeartbeatTimeout.
    if (name === "States.Timeout" && error === "States.HeartbeatTimeout") return true;
    // States.TaskFailed is a wildcard for task errors, but never for a timeout or a quota.
    if (
      name === "States.TaskFailed" &&
      error !== "States.Timeout" &&
      error !== "States.HeartbeatTimeout" &&
      error !== "States.Runtime" &&
      error !== "States.DataLimitExceeded"
    ) {
      return true;
    }
  }
  return false;
}
