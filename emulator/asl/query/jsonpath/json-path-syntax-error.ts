/** A JSONPath that cannot be parsed; `position` is the offset in the path text where parsing stopped. */
export class JsonPathSyntaxError extends Error {
  constructor(
    message: string,
    readonly path: string,
    readonly position: number,
  ) {
    super(`${message} at position ${position} in '${path}'`);
    this.name = "JsonPathSyntaxError";
  }
}
