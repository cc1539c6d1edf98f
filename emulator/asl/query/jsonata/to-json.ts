import type { Json, JsonObject } from "../../../shared/json";

/** Marks a result JSON cannot carry (a function); AWS fails the field with "returned an unsupported result type." */
export class UnsupportedResultType extends Error {
  constructor() {
    super("unsupported JSONata result type");
    this.name = "UnsupportedResultType";
  }
}

/**
 * Turns what JSONata returned into plain JSON: sequences become arrays, and non-finite numbers
 * become the strings AWS writes for them ([1/0] is ["Infinity"] on AWS).
 * Throws UnsupportedResultType for a function anywhere in the value.
 */
export function toJson(value: unknown): Json | undefined {
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
      return objectToJson(value);
  }
}

function objectToJson(value: object | null): Json {
  if (value === null) return null;
  if (Array.isArray(value)) {
    // JSON has no undefined; an absent element becomes null, as JSON.stringify writes it.
    return value.map((item: unknown) => toJson(item) ?? null);
  }
  if (isJsonataFunction(value)) throw new UnsupportedResultType();
  const result: JsonObject = {};
  for (const [key, member] of Object.entries(value)) {
    const converted = toJson(member);
    if (converted !== undefined) result[key] = converted;
  }
  return result;
}

/** Lambdas and built-ins are objects in JSONata, recognisable by these markers. */
function isJsonataFunction(value: object): boolean {
  const marked = value as { _jsonata_lambda?: unknown; _jsonata_function?: unknown };
  return marked._jsonata_lambda === true || marked._jsonata_function === true;
}
