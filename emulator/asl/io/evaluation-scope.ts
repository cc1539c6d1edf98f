/**
 * The evaluation scope: the input, context, variables, time and randomness a query reads while a state
 * runs.
 */
import type { Json } from "../../shared/json";
import type { EvaluationClock } from "../query/evaluation-clock";

/**
 * Everything a query (JSONPath, intrinsic function, JSONata) may read while a state runs.
 * Randomness and time come in here so the interpreter stays deterministic under test.
 */
export interface EvaluationScope {
  /** The state's effective input (`$` in JSONPath, `$states.input` in JSONata). */
  input: Json;
  /** The context object (`$$` in JSONPath, `$states.context` in JSONata). */
  context: Json;
  /** Workflow variables visible to this state (`$name`). */
  variables: Readonly<Record<string, Json>>;
  /** Uniform in [0, 1); used by States.MathRandom and $random. */
  random(): number;
  /** A fresh v4 UUID; used by States.UUID and $uuid. */
  uuid(): string;
  /** Milliseconds since the epoch on the execution's clock; used by JSONata's $now and $millis. */
  now(): number;
  /** Real time for evaluation budgets, and a way to pause; without it, budgets count nodes only. */
  evaluationClock?: EvaluationClock | undefined;
}
