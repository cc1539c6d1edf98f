import { isJsonObject, type Json } from "../emulator/shared/json";

/**
 * JSON text as Python's `json.dumps` writes it (", " and ": " separators, non-ASCII escaped):
 * the recorded regular-expression transformers and the branch-event sort key were applied to this form.
 */
export function pythonJsonDumps(value: Json, options: { sortKeys?: boolean } = {}): string {
  if (value === null) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return pythonNumber(value);
  if (typeof value === "string") return pythonString(value);
  if (Array.isArray(value)) return "[" + value.map((v) => pythonJsonDumps(v, options)).join(", ") + "]";
  if (!isJsonObject(value)) return "null";
  const keys = Object.keys(value);
  if (options.sortKeys) keys.sort(compareCodePoints);
  return "{" + keys.map((k) => pythonString(k) + ": " + pythonJsonDumps(value[k] ?? null, options)).join(", ") + "}";
}

function pythonNumber(n: number): string {
  if (Number.isNaN(n)) return "NaN";
  if (!Number.isFinite(n)) return n > 0 ? "Infinity" : "-Infinity";
  return String(n);
}

function pythonString(s: string): string {
  return JSON.stringify(s).replace(/[\u007f-\uffff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
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
