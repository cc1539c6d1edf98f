/**
 * Test helpers that evaluate a JSONata expression as a Pass state's Output and return its value or failure
 * cause.
 */
import type { Json } from "../../../../shared/json";
import { evaluateJsonata } from "../evaluate-jsonata";
import { QueryEvaluationError } from "../query-evaluation-error";
import { bindingsOf, fixedScope, SITE } from "./fixed-scope";

/** Evaluates an expression as a JSONata Pass state's Output would, with a fixed scope. */
export function run(expression: string, input: Json = {}, scope = fixedScope()): Promise<Json | undefined> {
  return evaluateJsonata(expression, bindingsOf(input), scope, SITE);
}

/** The cause after AWS's sentence naming the expression and field, or a failure if it did not throw. */
export async function failureOf(expression: string, input: Json = {}): Promise<string> {
  try {
    await run(expression, input);
  } catch (error) {
    if (error instanceof QueryEvaluationError) {
      const subject = `An error occurred while executing the state 'State0' (entered at the event id #2). The JSONata expression '${expression}' specified for the field 'Output' `;
      return error.cause.startsWith(subject) ? error.cause.slice(subject.length) : error.cause;
    }
    throw error;
  }
  throw new Error(`${expression} did not fail`);
}
