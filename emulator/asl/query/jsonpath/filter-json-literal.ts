/** The JSON literals a filter compares with (`@.tags == ['a', 'b']`), single quotes allowed. */
import type { Json } from "../../../shared/json";
import { exceedsJsonDepth } from "../../../shared/json-depth";

/**
 * Reads the array or object literal that starts at `start`: where it ends, and its value, or
 * undefined when it is not JSON (or nests deeper than any JSON value of the emulator may).
 */
export function scanJsonLiteral(text: string, start: number): { end: number; value: Json | undefined } {
  const open = text[start];
  const close = open === "[" ? "]" : "}";
  let position = start;
  let depth = 0;
  let quote: string | null = null;
  while (position < text.length) {
    const char = text[position];
    position += 1;
    if (quote !== null) {
      if (char === "\\") position += 1;
      else if (char === quote) quote = null;
      continue;
    }
    if (char === "'" || char === '"') quote = char;
    else if (char === open) depth += 1;
    else if (char === close) {
      depth -= 1;
      if (depth === 0) break;
    }
  }
  const end = Math.min(position, text.length);
  const source = text.slice(start, end).replace(/'([^'\\]*)'/g, '"$1"');
  let value: Json;
  try {
    value = JSON.parse(source) as Json;
  } catch {
    return { end, value: undefined };
  }
  return { end, value: exceedsJsonDepth(value) ? undefined : value };
}
