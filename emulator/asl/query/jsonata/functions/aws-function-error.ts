/**
 * An argument error raised by one of AWS's added functions. It has no JSONata code, so the cause
 * ends "threw an error during evaluation: <message>" rather than ". <code>: <message>".
 */
export class AwsFunctionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AwsFunctionError";
  }
}
