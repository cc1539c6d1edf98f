/** The conversion of what JSONata returns into plain JSON, and the errors for results JSON cannot carry. */
import type { Json, JsonObject } from "../../../shared/json";
import { MAX_JSON_DEPTH } from "../../../shared/json-depth";

/** Marks a result JSON cannot carry (a function); AWS fails the field with "returned an unsupported result type." */
export class UnsupportedResultType extends Error {
  constructor() {
    super("unsupported JSONata result type");
    this.name = "UnsupportedResultType";
  }
}

/** Marks a result nested deeper than any JSON value of the emulator may be. */
export class ResultTooDeep extends Error {
  constructor() {
    super(`result nested more than ${MAX_JSON_DEPTH} levels deep`);
    this.name = "ResultTooDeep";
  }
}

/**
 * Turns what JSONata returned into plain JSON: sequences become arrays, and non-finite numbers
 * become the strings AWS writes for them ([1/0] is ["Infinity"] on AWS).
 * Throws UnsupportedResultType for a function anywhere in the value, and ResultTooDeep past
 * MAX_JSON_DEPTH (an expression can build any depth; the recursion here stops at the limit).
 */
export function toJson(value: unknown, depth = 0): Json | undefined {
  switch (typeof value) {
    case "undefined":
      return undefined;
    case "string":
    case "boolean":
      return value;
    case "number":
      // JSON has no -0; AWS answers 0 for $parse('-0').
      if (value === 0) return 0;
      return Number.isFinite(value) ? value : String(value);
    case "function":
    case "bigint":
    case "symbol":
      throw new UnsupportedResultType();
    case "object":
      return objectToJson(value, depth + 1);
  }
}

function objectToJson(value: object | null, depth: number): Json {
  if (value === null) return null;
  if (depth > MAX_JSON_DEPTH) throw new ResultTooDeep();
  if (Array.isArray(value)) {
    // JSON has no undefined; an absent element becomes null, as JSON.stringify writes it.
    return value.map((item: unknown) => toJson(item, depth) ?? null);
  }
  if (isJsonataFunction(value)) throw new UnsupportedResultType();
  const result: JsonObject = {};
  for (const [key, member] of Object.entries(value)) {
    const converted = toJson(member, depth);
    if (converted !== undefined) result[key] = converted;
  }
  return result;
}

/** Lambdas and built-ins are objects in JSONata, recognisable by these markers. */
function isJsonataFunction(value: object): boolean {
  const marked = value as { _jsonata_lambda?: unknown; _jsonata_function?: unknown };
  return marked._jsonata_lambda === true || marked._jsonata_function === true;
}
