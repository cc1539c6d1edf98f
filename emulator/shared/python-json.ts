import type { Json } from "../shared/json";

/**
 * JSON text as Python's json.dumps writes it (", " and ": " separators, non-ASCII escaped): the
 * Lambda runtimes' default, so Content-Length of a shaped result matches what AWS records.
 */
export function pythonJsonText(value: Json): string {
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : pythonFloat(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (Array.isArray(value)) return `[${value.map(pythonJsonText).join(", ")}]`;
  return `{${Object.entries(value)
    .map(([key, item]) => `${pythonJsonText(key)}: ${pythonJsonText(item)}`)
    .join(", ")}}`;
}

function pythonFloat(value: number): string {
  const text = String(value);
  return /e/.test(text) ? text.replace(/e([+-])(\d)$/, "e$10$2") : text;
}
