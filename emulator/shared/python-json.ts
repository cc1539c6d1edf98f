/**
 * Python-style JSON text (`json.dumps`'s separators and escapes), as Lambda's Python runtimes write answers.
 */
import { isJsonObject, type Json } from "./json";

/**
 * JSON text as Python's `json.dumps` writes it: ", " and ": " separators, everything outside
 * printable ASCII escaped (U+007F included, as Python's ensure_ascii does), exponents with two
 * digits. Lambda's Python runtimes answer in this form, so a shaped result's Content-Length
 * matches what AWS records; the recorded cases' transformers were applied to this form too.
 */
export function pythonJsonText(value: Json, options: { sortKeys?: boolean } = {}): string {
  if (value === null) return "null";
  if (typeof value === "string") return pythonString(value);
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : pythonFloat(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (Array.isArray(value)) return `[${value.map((item) => pythonJsonText(item, options)).join(", ")}]`;
  if (!isJsonObject(value)) return "null";
  const keys = Object.keys(value);
  if (options.sortKeys) keys.sort(compareCodePoints);
  return `{${keys.map((key) => `${pythonString(key)}: ${pythonJsonText(value[key] ?? null, options)}`).join(", ")}}`;
}

function pythonString(text: string): string {
  return JSON.stringify(text).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function pythonFloat(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "Infinity" : "-Infinity";
  const text = String(value);
  return /e/.test(text) ? text.replace(/e([+-])(\d)$/, "e$10$2") : text;
}

/** Python sorts strings by code point; JavaScript's default compares UTF-16 units, which differs only above U+FFFF. */
function compareCodePoints(a: string, b: string): number {
  const ca = Array.from(a, (c) => c.codePointAt(0) ?? 0);
  const cb = Array.from(b, (c) => c.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const d = (ca[i] ?? 0) - (cb[i] ?? 0);
    if (d !== 0) return d;
  }
  return ca.length - cb.length;
}
