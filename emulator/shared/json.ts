/** A JSON value exactly as it travels: `false`, `0`, `""` and `null` are values, not absences. */
export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Serialises a JSON value compactly, as AWS writes inputs and outputs in history events. */
export function toJsonText(value: Json): string {
  return JSON.stringify(value);
}
