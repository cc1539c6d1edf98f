/**
 * Execution input checks: an input is parsed as AWS parses it, refused with AWS's size, nesting-depth
 * and parse-error messages.
 */
import type { Json } from "../shared/json";
import { depthMessage, exceedsJsonDepth, MAX_JSON_DEPTH } from "../shared/json-depth";
import { ServiceError } from "../shared/service-error";

const MAX_INPUT_BYTES = 256 * 1024;

/** Parses an execution input as AWS does: JSON text of at most 256 KiB nested at most 1000 deep, with its parser's complaint on failure. */
export function parseExecutionInput(text: string): Json {
  if (Buffer.byteLength(text, "utf8") > MAX_INPUT_BYTES) {
    throw new ServiceError(
      "ValidationException",
      `1 validation error detected: Value at 'input' failed to satisfy constraint: Member must have size less than or equal to ${MAX_INPUT_BYTES} bytes in UTF-8 encoding`,
    );
  }
  let value: Json;
  try {
    value = JSON.parse(text) as Json;
  } catch {
    throw new ServiceError("InvalidExecutionInput", `Invalid State Machine Execution Input: '${parserComplaint(text)}'`);
  }
  // Refused here, before anything is stored, so a too-deep input never becomes an execution.
  if (exceedsJsonDepth(value, MAX_JSON_DEPTH, text)) throw new ServiceError("InvalidExecutionInput", `Invalid State Machine Execution Input: '${depthMessage()}'`);
  return value;
}

/** The two mistakes people make most, worded as AWS's (Jackson) parser words them; anything else is generic. */
function parserComplaint(text: string): string {
  const start = text.search(/\S/);
  if (start < 0) return "Invalid execution input.";
  const first = text[start] as string;
  if (/[A-Za-z]/.test(first)) {
    const token = /^[A-Za-z0-9_]+/.exec(text.slice(start))?.[0] ?? first;
    return `Unrecognized token '${token}': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')`;
  }
  if (first === "{") {
    const next = text.slice(start + 1).search(/\S/);
    const char = next < 0 ? undefined : text[start + 1 + next];
    if (char !== undefined && char !== '"' && char !== "}") {
      return `Unexpected character ('${char}' (code ${char.charCodeAt(0)})): was expecting double-quote to start field name`;
    }
  }
  return "Invalid execution input.";
}
