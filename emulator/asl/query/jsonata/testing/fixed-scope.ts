/** Test fixtures for JSONata evaluation: a deterministic scope, bindings and a fixed state site. */
import type { Json } from "../../../../shared/json";
import type { EvaluationScope } from "../../../io/evaluation-scope";
import type { JsonataBindings } from "../jsonata-bindings";
import type { JsonataSite } from "../jsonata-site";

/** A scope for tests: a fixed clock, a counter for UUIDs, and randomness from a list. */
export function fixedScope(options: { now?: number; randoms?: number[] } = {}): EvaluationScope {
  let uuids = 0;
  const randoms = [...(options.randoms ?? [0.5])];
  return {
    input: null,
    context: null,
    variables: {},
    random: () => randoms.shift() ?? 0.5,
    uuid: () => `00000000-0000-4000-8000-${String(++uuids).padStart(12, "0")}`,
    now: () => options.now ?? Date.UTC(2024, 10, 15, 16, 16, 35, 123),
  };
}

/** Bindings with the given input and variables and an empty context. */
export function bindingsOf(input: Json, variables: Record<string, Json> = {}): JsonataBindings {
  return { states: { input, context: {} }, variables };
}

export const SITE: JsonataSite = { stateName: "State0", enteredEventId: 2, field: "Output" };
