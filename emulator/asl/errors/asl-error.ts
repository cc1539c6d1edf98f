/**
 * A failure inside an execution: an ASL error name (`States.TaskFailed` or a custom name) and a cause.
 * Retry and Catch match on `error`; the runtime turns it into history events.
 */
export class AslError extends Error {
  constructor(
    readonly error: string,
    // Shadows Error.cause on purpose: an ASL cause is always text.
    override readonly cause: string,
  ) {
    super(`${error}: ${cause}`);
    this.name = "AslError";
  }
}

/** What the interpreter makes of anything thrown: an AslError as it is, anything else (a bug) States.Runtime, as AWS reports its own. */
export function asAslError(thrown: unknown): AslError {
  if (thrown instanceof AslError) return thrown;
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return new AslError("States.Runtime", message);
}
