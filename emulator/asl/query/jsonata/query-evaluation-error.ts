/** States.QueryEvaluationError, and the sentence AWS opens every expression failure with. */
import { AslError } from "../../errors/asl-error";
import { stateFailureCause } from "../../errors/state-failure";
import type { JsonataSite } from "./jsonata-site";

export const QUERY_EVALUATION_ERROR = "States.QueryEvaluationError";

/**
 * `States.QueryEvaluationError` raised while a JSONata field is evaluated. It carries the state and
 * the field so the runtime can write the `EvaluationFailed` event (`state`, `location`) AWS writes.
 */
export class QueryEvaluationError extends AslError {
  readonly state: string;
  readonly location: string;

  constructor(site: JsonataSite, detail: string) {
    super(QUERY_EVALUATION_ERROR, stateFailureCause(site, detail));
    this.name = "QueryEvaluationError";
    this.state = site.stateName;
    this.location = site.field;
  }
}

/** The start of every expression failure: which expression, in which field. */
export function expressionSubject(expression: string, field: string): string {
  return `The JSONata expression '${expression}' specified for the field '${field}'`;
}
