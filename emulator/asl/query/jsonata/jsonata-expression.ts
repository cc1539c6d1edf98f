/** Recognition of a `{% ... %}` JSONata expression string, and the expression text between the delimiters. */
import type { Json } from "../../../shared/json";

const OPEN = "{%";
const CLOSE = "%}";

/**
 * True for a string that is exactly one JSONata expression, `{% ... %}`.
 * AWS treats a string with whitespace before `{%` or after `%}` as a literal, so no trimming here.
 */
export function isJsonataExpression(value: Json): value is string {
  return (
    typeof value === "string" &&
    value.length >= OPEN.length + CLOSE.length &&
    value.startsWith(OPEN) &&
    value.endsWith(CLOSE)
  );
}

/** The expression between the delimiters, trimmed as AWS quotes it in causes (`'$doesNotExist'`). */
export function jsonataExpressionBody(expressionString: string): string {
  return expressionString.slice(OPEN.length, expressionString.length - CLOSE.length).trim();
}
