/** An intrinsic function call that cannot be parsed; `position` is the offset in the text where it went wrong. */
export class IntrinsicSyntaxError extends Error {
  constructor(
    message: string,
    readonly text: string,
    readonly position: number,
  ) {
    super(`${message} at position ${position} in '${text}'`);
    this.name = "IntrinsicSyntaxError";
  }
}
