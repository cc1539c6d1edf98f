/** Evaluation of a Wait state's JSONata `Timestamp` into an instant. */
import type { EvaluationScope } from "../../io/evaluation-scope";
import { evaluateJsonataString } from "./evaluate-jsonata-typed";
import { parseIsoOffsetDateTime } from "./iso-offset-date-time";
import type { JsonataBindings } from "./jsonata-bindings";
import type { JsonataSite } from "./jsonata-site";
import { QueryEvaluationError } from "./query-evaluation-error";

/** For Wait `Timestamp`: the instant the expression names, in milliseconds since the epoch. */
export async function evaluateJsonataTimestamp(
  expression: string,
  bindings: JsonataBindings,
  scope: EvaluationScope,
  site: JsonataSite,
): Promise<number> {
  const text = await evaluateJsonataString(expression, bindings, scope, site);
  const instant = parseIsoOffsetDateTime(text);
  if (instant === undefined) {
    throw new QueryEvaluationError(
      site,
      `The ${site.field} field cannot be parsed as an ISO-8601 extended offset date-time format string: ${text}`,
    );
  }
  return instant;
}
