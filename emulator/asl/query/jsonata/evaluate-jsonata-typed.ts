/**
 * Evaluation of JSONata fields that need a value of one JSON type (array, boolean, string, number,
 * integer), with AWS's wording when the value has another.
 */
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

type TypedEvaluator<T> = (
  expression: string,
  bindings: JsonataBindings,
  scope: EvaluationScope,
  site: JsonataSite,
) => Promise<T>;

/** An evaluator for fields that need one JSON type, failing with AWS's wording for any other. */
function typedEvaluator<T extends Json>(expected: string, accepts: (value: Json) => value is T): TypedEvaluator<T> {
  return async (expression, bindings, scope, site) => {
    const value = await evaluateJsonataDefined(expression, bindings, scope, site);
    if (!accepts(value)) throw unexpectedResultType(expression, site, expected, value);
    return value;
  };
}

/** For Map `Items`. */
export const evaluateJsonataArray = typedEvaluator("array", (value): value is Json[] => Array.isArray(value));

/** For a Choice rule's `Condition`. */
export const evaluateJsonataBoolean = typedEvaluator("boolean", (value): value is boolean => typeof value === "boolean");

/** For Fail `Error` and `Cause`. */
export const evaluateJsonataString = typedEvaluator("string", (value): value is string => typeof value === "string");

/** For `ToleratedFailurePercentage`, which may be fractional. Range checks stay with the state. */
export const evaluateJsonataNumber = typedEvaluator("number", (value): value is number => typeof value === "number");

/**
 * For `Seconds`, `TimeoutSeconds`, `HeartbeatSeconds`, `MaxConcurrency`, `ToleratedFailureCount`,
 * `MaxItemsPerBatch`, `MaxInputBytesPerBatch`. Range checks stay with the state.
 */
export const evaluateJsonataInteger = typedEvaluator(
  "integer",
  (value): value is number => typeof value === "number" && Number.isInteger(value),
);
