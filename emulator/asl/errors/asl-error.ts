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
