/**
 * Test helpers that compare JSONata results with the values recorded from AWS, under the corpus's
 * normalisation.
 */
import type { Json } from "../../../../shared/json";
import { matchesPlaceholders } from "../../../../testing/recorded-placeholders";

const ISO_DATE_TIME_WITH_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** A value recorded in a history event: JSON text, unless the recorder parsed it because it started with `{`. */
export function recordedValue(recorded: Json): Json {
  if (typeof recorded !== "string") return recorded;
  try {
    return JSON.parse(recorded) as Json;
  } catch {
    return recorded;
  }
}

/**
 * Compares our value with a recorded one under the corpus's normalisation (README): dates became
 * "date", and `<...>` tokens bind to our text the first time they are seen.
 */
export function matchesRecorded(expected: Json, actual: Json, tokens: Map<string, string> = new Map()): boolean {
  if (typeof expected === "string") {
    if (typeof actual !== "string") return false;
    if (expected === "date" && ISO_DATE_TIME_WITH_ZONE.test(actual)) return true;
    return matchesPlaceholders(expected, actual, tokens);
  }
  if (typeof expected === "number") return typeof actual === "number" && expected === actual;
  if (expected === null || typeof expected === "boolean") return expected === actual;
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      expected.length === actual.length &&
      expected.every((item, index) => matchesRecorded(item, actual[index] as Json, tokens))
    );
  }
  if (typeof actual !== "object" || actual === null || Array.isArray(actual)) return false;
  const expectedKeys = Object.keys(expected);
  const actualKeys = Object.keys(actual);
  return (
    expectedKeys.length === actualKeys.length &&
    expectedKeys.every((key) => key in actual && matchesRecorded(expected[key] as Json, actual[key] as Json, tokens))
  );
}
