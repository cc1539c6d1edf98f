/**
 * The per-evaluation context that AWS's added JSONata functions read (scope, time, budget), and how it
 * travels in the bindings.
 */
import type { EvaluationScope } from "../../io/evaluation-scope";
import type { EvaluationBudget } from "./evaluation-budget";

/** What AWS's added functions read during one evaluation. */
export interface EvaluationContext {
  scope: EvaluationScope;
  /** scope.now() read once per evaluation, so $now() and $millis() agree within an expression, as in JSONata. */
  nowMillis: number;
  /** This evaluation's time and depth spending, read by the hooks on every node. */
  budget: EvaluationBudget;
}

/**
 * The binding name that carries the context. A space cannot appear in a JSONata variable name,
 * so no expression can read or overwrite it.
 */
export const EVALUATION_CONTEXT_BINDING = "aws evaluation context";

interface Environment {
  lookup(name: string): unknown;
}

/** The context of the evaluation an environment belongs to, if it has one. */
export function findEvaluationContext(environment: Environment): EvaluationContext | undefined {
  return environment.lookup(EVALUATION_CONTEXT_BINDING) as EvaluationContext | undefined;
}

/** Reads the context from the environment JSONata passes as `this` to a registered function. */
export function evaluationContextOf(focus: { environment: Environment }): EvaluationContext {
  const context = focus.environment.lookup(EVALUATION_CONTEXT_BINDING) as EvaluationContext | undefined;
  if (context === undefined) {
    // Only reachable if an expression is evaluated without evaluateJsonata's bindings: a bug, not a user error.
    throw new Error("JSONata evaluated without an evaluation context");
  }
  return context;
}
