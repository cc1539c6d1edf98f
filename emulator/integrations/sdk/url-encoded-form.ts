/** URL encoding of JSON values for the HTTP Task: request bodies (Transform URL_ENCODED) and query strings. */
import { isJsonObject, type Json } from "../../shared/json";

/** How arrays are written, as the HTTP Task's `RequestEncodingOptions.ArrayFormat` names it; AWS's default is INDICES. */
export type ArrayFormat = "BRACKETS" | "COMMAS" | "REPEAT" | "INDICES";

export const ARRAY_FORMATS: readonly ArrayFormat[] = ["BRACKETS", "COMMAS", "REPEAT", "INDICES"];

/**
 * `[key, value]` pairs for an object, nested objects as `a[b]`, arrays in the given format:
 * BRACKETS `a[]=1&a[]=2`, COMMAS `a=1,2`, REPEAT `a=1&a=2`, INDICES `a[0]=1&a[1]=2`.
 */
export function formPairs(value: Json, format: ArrayFormat): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  if (!isJsonObject(value)) return pairs;
  for (const [key, child] of Object.entries(value)) addPairs(pairs, key, child, format);
  return pairs;
}

/** The pairs as `application/x-www-form-urlencoded` text. */
export function formEncode(pairs: ReadonlyArray<[string, string]>): string {
  return pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join("&");
}

function addPairs(pairs: Array<[string, string]>, key: string, value: Json, format: ArrayFormat): void {
  if (Array.isArray(value)) {
    if (format === "COMMAS") {
      pairs.push([key, value.map(scalarText).join(",")]);
      return;
    }
    value.forEach((item, index) => {
      const itemKey = format === "BRACKETS" ? `${key}[]` : format === "REPEAT" ? key : `${key}[${index}]`;
      addPairs(pairs, itemKey, item, format);
    });
    return;
  }
  if (isJsonObject(value)) {
    for (const [childKey, child] of Object.entries(value)) addPairs(pairs, `${key}[${childKey}]`, child, format);
    return;
  }
  pairs.push([key, scalarText(value)]);
}

function scalarText(value: Json): string {
  if (value === null) return "null";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}
