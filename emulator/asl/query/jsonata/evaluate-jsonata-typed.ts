import type { Json } from "../../../shared/json";
import type { EvaluationScope } from "../../io/evaluation-scope";
import { evaluateJsonata } from "./evaluate-jsonata";
import type { JsonataBindings } from "./jsonata-bindings";
import type { JsonataSite } from "./jsonata-site";
import { expressionSubject, QueryEvaluationError } from "./query-evaluation-error";

/** The type names AWS uses in "Expected 'array', but was 'object'". */
export type JsonTypeName = "array" | "object" | "string" | "number" | "boolean" | "null";

export function jsonTypeName(value: Json): JsonTypeName {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  switch (typeof value) {
    case "string":
      return "string";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "object":
      return "object";
  }
}

/** Evaluates an expression whose field needs a value: nothing is AWS's "returned nothing (undefined)." */
export async function evaluateJsonataDefined(
  expression: string,
  bindings: JsonataBindings,
  scope: EvaluationScope,
  site: JsonataSite,
): Promise<Json> {
  const value = await evaluateJsonata(expression, bindings, scope, site);
  if (value === undefined) {
    throw new QueryEvaluationError(site, `${expressionSubject(expression.trim(), site.field)} returned nothing (undefined).`);
  }
  return value;
}

/** AWS's failure for a value of the wrong type, quoting the value as compact JSON. */
export function unexpectedResultType(expression: string, site: JsonataSite, expected: string, value: Json): QueryEvaluationError {
  return new QueryEvaluationError(
    site,
    `${expressionSubject(expression.trim(), site.field)} returned an unexpected result type. Expected '${expected}', but was '${jsonTypeName(value)}' for value: ${JSON.stringify(value)}`,
  );
}

/** For Map `Items`. */
export async function evaluateJsonataArray(
  expression: string,
  bindings: JsonataBindings,
  scope: EvaluationScope,
  site: JsonataSite,
): Promise<Json[]> {
  const value = await evaluateJsonataDefined(expression, bindings, scope, site);
  if (!Array.isArray(value)) throw unexpectedResultType(expression, site, "array", value);
  return value;
}

/** For a Choice rule's `Condition`. */
export async function evaluateJsonataBoolean(
  expression: string,
  bindings: JsonataBindings,
  scope: EvaluationScope,
  site: JsonataSite,
): Promise<boolean> {
  const value = await evaluateJsonataDefined(expression, bindings, scope, site);
  if (typeof value !== "boolean") throw unexpectedResultType(expression, site, "boolean", value);
  return value;
}

/** For Fail `Error` and `Cause`. */
export async function evaluateJsonataString(
  expression: string,
  bindings: JsonataBindings,
  scope: EvaluationScope,
  site: JsonataSite,
): Promise<string> {
  const value = await evaluateJsonataDefined(expression, bindings, scope, site);
  if (typeof value !== "string") throw unexpectedResultType(expression, site, "string", value);
  return value;
}

/** For `ToleratedFailurePercentage`, which may be fractional. Range checks stay with the state. */
export async function evaluateJsonataNumber(
  expression: string,
  bindings: JsonataBindings,
  scope: EvaluationScope,
  site: JsonataSite,
): Promise<number> {
  const value = await evaluateJsonataDefined(expression, bindings, scope, site);
  if (typeof value !== "number") throw unexpectedResultType(expression, site, "number", value);
  return value;
}

/**
 * For `Seconds`, `TimeoutSeconds`, `HeartbeatSeconds`, `MaxConcurrency`, `ToleratedFailureCount`,
 * `MaxItemsPerBatch`, `MaxInputBytesPerBatch`. Range checks stay with the state.
 */
export async function evaluateJsonataInteger(
  expression: string,
  bindings: JsonataBindings,
  scope: EvaluationScope,
  site: JsonataSite,
): Promise<number> {
  const value = await evaluateJsonataDefined(expression, bindings, scope, site);
  if (typeof value !== "number" || !Number.isInteger(value)) throw unexpectedResultType(expression, site, "integer", value);
  return value;
}
