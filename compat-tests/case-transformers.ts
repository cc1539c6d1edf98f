/**
 * The recorded tests' snapshot transformers (key, key-value, runtime and custom ones), reapplied so
 * our answers can be compared with the recording.
 */
import { isJsonObject, type Json, type JsonObject } from "../emulator/shared/json";
import { listField } from "./case-loader";

/** The snapshot transformers a test registered, as recorded in the case. */
export function transformersOf(raw: JsonObject): JsonObject[] {
  return listField(raw, "snapshot_transformers").filter(isJsonObject);
}

function argsOf(t: JsonObject): Json[] {
  const a = t["args"];
  return Array.isArray(a) ? a : [];
}

function kwargsOf(t: JsonObject): JsonObject {
  const k = t["kwargs"];
  return isJsonObject(k) ? k : {};
}

/** JsonpathTransformer(path, replacement, replace_reference=False): the value at path becomes the replacement. */
export function caseKeyReplacements(raw: JsonObject): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of transformersOf(raw)) {
    if (t["type"] !== "JsonpathTransformer") continue;
    const a = argsOf(t);
    const kw = kwargsOf(t);
    const path = a[0] ?? kw["jsonpath"];
    const replacement = a[1] ?? kw["replacement"];
    const byReference = kw["replace_reference"] ?? a[2] ?? true;
    if (typeof path === "string" && typeof replacement === "string" && byReference === false) out[path] = replacement;
  }
  return out;
}

/** transform.key_value(key, replacement, reference_replacement=False): the value under `$..key` is replaced. */
export function caseKeyValueReplacements(raw: JsonObject): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of transformersOf(raw)) {
    if (t["type"] !== "transform.key_value") continue;
    const a = argsOf(t);
    const kw = kwargsOf(t);
    const byReference = kw["reference_replacement"] ?? a[2] ?? true;
    const key = a[0];
    if (byReference !== false || typeof key !== "string") continue;
    const replacement = typeof a[1] === "string" && a[1] !== "" ? a[1] : key.replace(/(?<!^)(?=[A-Z])/g, "-").toLowerCase();
    out[`$..${key}`] = replacement;
  }
  return out;
}

/**
 * Replacement texts standing for values only the original test knew (RegexTransformer on a
 * `<runtime:...>` value); they become `<...>` tokens of the expected data.
 */
export function caseRuntimeLiterals(raw: JsonObject): string[] {
  const out: string[] = [];
  for (const t of transformersOf(raw)) {
    const type = t["type"];
    if (type !== "RegexTransformer" && type !== "transform.regex") continue;
    const a = argsOf(t);
    if (typeof a[0] === "string" && a[0].startsWith("<runtime:") && typeof a[1] === "string") out.push(a[1]);
  }
  return out;
}

/** The token the recording uses for the execution role: `snf_role_arn` (sic) or `sfn_role_arn`. */
export function rolePlaceholder(expected: Json | undefined): string | undefined {
  const text = JSON.stringify(expected ?? null);
  for (const token of ["snf_role_arn", "sfn_role_arn"]) if (text.includes(token)) return token;
  return undefined;
}

/** The recorder's custom transformer: lists under `variableReferences` sorted. */
export function sortVariableReferences(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortVariableReferences);
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === "variableReferences" && isJsonObject(v)) {
      const sorted: JsonObject = {};
      for (const [kk, vv] of Object.entries(v)) sorted[kk] = Array.isArray(vv) ? [...vv].sort(comparePython) : vv;
      out[k] = sorted;
    } else {
      out[k] = sortVariableReferences(v);
    }
  }
  return out;
}

/** Python's sort order for the strings (and numbers) found in variable reference lists. */
function comparePython(a: Json, b: Json): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  const sa = typeof a === "string" ? a : JSON.stringify(a);
  const sb = typeof b === "string" ? b : JSON.stringify(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** The recorder's `_convert_output_to_json`: every `output` member holding JSON text holds the value instead. */
export function convertOutputsToJson(value: Json): Json {
  if (Array.isArray(value)) return value.map(convertOutputsToJson);
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === "output" && typeof v === "string") {
      try {
        out[k] = JSON.parse(v) as Json;
        continue;
      } catch {
        // not JSON text: kept as it is
      }
    }
    out[k] = convertOutputsToJson(v);
  }
  return out;
}

/** The GenericTransformer functions a case registered, as functions over our normalised value. */
export function caseGenericTransformers(raw: JsonObject): Array<(value: Json) => Json> {
  const known: Readonly<Record<string, (value: Json) => Json>> = { _convert_output_to_json: convertOutputsToJson };
  const out: Array<(value: Json) => Json> = [];
  for (const t of transformersOf(raw)) {
    const fn = t["fn"];
    if (t["type"] === "GenericTransformer" && typeof fn === "string" && known[fn]) out.push(known[fn]);
  }
  return out;
}

export const CUSTOM_TRANSFORMERS: Readonly<Record<string, (value: Json) => Json>> = {
  _SfnSortVariableReferences: sortVariableReferences,
};

/** Literal replacements for the parts of a map run ARN (`.../<label or uuid>:<uuid>`). */
export function mapRunLiterals(mapRunArn: Json | undefined, index: number | string, literals: Record<string, string>): void {
  if (typeof mapRunArn !== "string") return;
  const parts = (mapRunArn.split("/").pop() ?? "").split(":");
  if (parts.length < 2) return;
  literals[parts[1] ?? ""] = `<MapRunArnPart1_${index}idx>`;
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(parts[0] ?? "")) {
    literals[parts[0] ?? ""] = `<MapRunArnPart0_${index}idx>`;
  }
}
