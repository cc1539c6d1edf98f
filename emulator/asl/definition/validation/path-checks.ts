/**
 * Validation of JSONPath fields: `...Path` values, intrinsic function calls and the `key.$` entries of
 * payload templates.
 */
import { isJsonObject, type Json } from "../../../shared/json";
import { callDepth, findStaticProblem, isIntrinsicFunction, parseIntrinsic } from "../../query/intrinsics";
import { isValidJsonPath, isValidReferencePath } from "../../query/jsonpath";
import type { Diagnostic } from "../diagnostic";
import { schemaError } from "./diagnostic-builders";

/** AWS refuses intrinsic calls nested deeper than this. */
const MAX_CALL_DEPTH = 10;

/** True for a well-formed intrinsic call with a known name and a fitting number of arguments. */
export function isValidIntrinsic(text: string): boolean {
  if (!isIntrinsicFunction(text)) return false;
  try {
    const call = parseIntrinsic(text);
    return findStaticProblem(call) === null && callDepth(call) <= MAX_CALL_DEPTH;
  } catch {
    return false;
  }
}

/** Checks a `...Path` field (InputPath, ItemsPath, SecondsPath, ...); null is allowed where AWS allows it. */
export function checkPath(value: Json | undefined, location: string, options: { reference?: boolean; intrinsic?: boolean } = {}): Diagnostic[] {
  if (value === undefined || value === null || typeof value !== "string") return [];
  const valid = options.reference === true ? isValidReferencePath(value) : isValidJsonPath(value);
  if (valid || (options.intrinsic === true && isValidIntrinsic(value))) return [];
  return [schemaError("Value must be a valid JSONPath.", location)];
}

/**
 * Checks a JSONPath payload template (Parameters, ResultSelector, ItemSelector, Assign, ...):
 * each `key.$` must hold a path or an intrinsic call. AWS points at the template field itself.
 */
export function checkPayloadTemplate(template: Json | undefined, location: string): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const visit = (value: Json): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (!isJsonObject(value)) return;
    for (const [key, child] of Object.entries(value)) {
      if (key.endsWith(".$")) {
        if (typeof child !== "string" || !(isValidJsonPath(child) || isValidIntrinsic(child))) {
          problems.push(schemaError(`The value for the field '${key}' must be a valid JSONPath or a valid intrinsic function call`, location));
        }
      } else {
        visit(child);
      }
    }
  };
  if (template !== undefined) visit(template);
  return problems;
}
