/**
 * Evaluation of one JSONata expression against a state's bindings, and the causes AWS writes when it
 * fails.
 */
import type { Json } from "../../../shared/json";
import type { EvaluationScope } from "../../io/evaluation-scope";
import { compileJsonata } from "./compiled-expression-cache";
import { EvaluationBudget, EvaluationBudgetExceeded } from "./evaluation-budget";
import { EVALUATION_CONTEXT_BINDING, type EvaluationContext } from "./evaluation-context";
import { AwsFunctionError } from "./functions/aws-function-error";
import { REMOVED_JSONATA_FUNCTIONS } from "./functions/aws-functions";
import type { JsonataBindings } from "./jsonata-bindings";
import type { JsonataSite } from "./jsonata-site";
import { expressionSubject, QueryEvaluationError } from "./query-evaluation-error";
import { ResultTooDeep, toJson, UnsupportedResultType } from "./to-json";

/**
 * Evaluates one JSONata expression (the text inside `{% %}`) and returns its value as JSON, or
 * undefined when it returns nothing; each caller decides whether nothing is an error.
 * Throws QueryEvaluationError with AWS's cause when JSONata throws or the value is a function.
 */
export async function evaluateJsonata(
  expression: string,
  bindings: JsonataBindings,
  scope: EvaluationScope,
  site: JsonataSite,
): Promise<Json | undefined> {
  const text = expression.trim();
  const compiled = compileJsonata(text);
  if (!compiled.ok) {
    // The validator rejects unparseable expressions when the machine is created; this covers callers that skip it.
    throw new QueryEvaluationError(site, failureDetail(text, site.field, compiled));
  }
  let raw: unknown;
  try {
    raw = await compiled.expression.evaluate(undefined, jsonataBindings(bindings, scope));
  } catch (error) {
    throw new QueryEvaluationError(site, failureDetail(text, site.field, error, scope));
  }
  try {
    return toJson(raw);
  } catch (error) {
    if (error instanceof UnsupportedResultType) {
      throw new QueryEvaluationError(site, `${expressionSubject(text, site.field)} returned an unsupported result type.`);
    }
    if (error instanceof ResultTooDeep) {
      throw new QueryEvaluationError(site, `${expressionSubject(text, site.field)} returned a ${error.message}.`);
    }
    throw error;
  }
}

function jsonataBindings(bindings: JsonataBindings, scope: EvaluationScope): Record<string, unknown> {
  const context: EvaluationContext = { scope, nowMillis: scope.now(), budget: new EvaluationBudget(scope.evaluationClock) };
  const result: Record<string, unknown> = { [EVALUATION_CONTEXT_BINDING]: context };
  // Bound as undefined, a name shadows JSONata's built-in, so calling it fails like any unknown function (T1006).
  for (const name of REMOVED_JSONATA_FUNCTIONS) result[name] = undefined;
  for (const [name, value] of Object.entries(bindings.variables)) result[name] = value;
  result["states"] = bindings.states;
  return result;
}

/**
 * The cause after the subject. AWS writes JSONata's code and message after a period, a message of
 * its own functions (which has no code) after a colon, and an internal error without its details.
 */
function failureDetail(expression: string, field: string, error: unknown, scope?: EvaluationScope): string {
  const subject = expressionSubject(expression, field);
  if (error instanceof EvaluationBudgetExceeded) return `${subject} ${error.message}.`;
  if (error instanceof AwsFunctionError) {
    return `${subject} threw an error during evaluation: ${error.message}`;
  }
  const { code, message } = (typeof error === "object" && error !== null ? error : {}) as {
    code?: unknown;
    message?: unknown;
  };
  if (typeof code === "string" && code !== "") {
    return `${subject} threw an error during evaluation. ${code}: ${String(message)}`;
  }
  // AWS follows this sentence with a fresh id for its own logs; the id's exact framing is not recorded.
  const reference = scope === undefined ? "" : ` ${scope.uuid()}`;
  return `${subject} threw an internal error during evaluation.${reference}`;
}
