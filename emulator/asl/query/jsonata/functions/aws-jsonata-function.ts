/** The shape of a function Step Functions adds to JSONata, and what it can reach while it runs. */
import type { EvaluationContext } from "../evaluation-context";

/** What an added function can reach while JSONata calls it. */
export interface FunctionCall {
  context: EvaluationContext;
  /** Calls one of JSONata's own functions (without `$`), e.g. `fromMillis`. */
  callBuiltin(name: string, ...args: unknown[]): unknown;
}

/**
 * One function Step Functions adds to JSONata (or replaces). The signature uses JSONata's own
 * syntax, so JSONata checks argument types and counts and reports them with its usual codes
 * (T0410, T0411, ...), as for any built-in.
 */
export interface AwsJsonataFunction {
  /** The name without `$`. */
  name: string;
  signature: string;
  implementation(call: FunctionCall, ...args: unknown[]): unknown;
}
