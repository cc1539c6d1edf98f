/**
 * The intrinsic function States.Format (text from a template with `{}` placeholders), and the Java-style
 * text it gives non-string values.
 */
import { isJsonObject, type Json } from "../../../../shared/json";
import type { IntrinsicFunction } from "../argument-spec";

/** States.Format: fills each `{}` of the template with the next argument; `\{` and `\}` are literal braces. */
export const statesFormat: IntrinsicFunction = {
  name: "States.Format",
  signature: { arguments: [{ name: "template", type: "string" }], variadic: { name: "value", type: "any" } },
  evaluate(args, invocation) {
    const [template, ...values] = args as [string, ...Json[]];
    const written = invocation.written[0];
    const raw = written?.kind === "string" ? written.raw : template;
    const pieces = splitTemplate(raw);
    const placeholders = pieces.length - 1;
    if (placeholders !== values.length) {
      invocation.fail(
        `Number of arguments in States.Format does not match the number of placeholders: expected ${placeholders}, but got ${values.length}`,
      );
    }
    return pieces.reduce((text, piece, index) => text + (index === 0 ? "" : renderValue(values[index - 1] as Json)) + piece);
  },
};

/** The literal text around each `{}` placeholder, with escapes resolved. */
function splitTemplate(raw: string): string[] {
  const pieces: string[] = [""];
  for (let index = 0; index < raw.length; index += 1) {
    const char = raw.charAt(index);
    if (char === "\\" && index + 1 < raw.length) {
      pieces[pieces.length - 1] += raw.charAt(index + 1);
      index += 1;
    } else if (char === "{" && raw.charAt(index + 1) === "}") {
      pieces.push("");
      index += 1;
    } else {
      pieces[pieces.length - 1] += char;
    }
  }
  return pieces;
}

/** AWS renders non-string values the way Java's Map and List print: `{a=1, b=[x, y]}`. */
export function renderValue(value: Json): string {
  if (typeof value === "string") return value;
  if (value === null) return "null";
  if (Array.isArray(value)) return `[${value.map(renderValue).join(", ")}]`;
  if (isJsonObject(value)) {
    return `{${Object.entries(value)
      .map(([key, item]) => `${key}=${renderValue(item)}`)
      .join(", ")}}`;
  }
  return String(value);
}
