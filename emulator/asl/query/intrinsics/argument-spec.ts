/**
 * The shape of an intrinsic function: its signature (argument types, optional and variadic arguments) and
 * what its body is given.
 */
import type { Json } from "../../../shared/json";
import type { EvaluationScope } from "../../io/evaluation-scope";
import type { IntrinsicArgument } from "./intrinsic-ast";

/** The JSON types an intrinsic argument may be required to have; `integer` is a number with no fraction. */
export type ArgumentType = "string" | "number" | "integer" | "boolean" | "array" | "object" | "any";

export interface ArgumentSpec {
  name: string;
  type: ArgumentType;
}

/** What a function accepts: fixed positional arguments, of which the last `optional` may be left out, then maybe a variadic tail. */
export interface IntrinsicSignature {
  arguments: readonly ArgumentSpec[];
  optional?: number;
  variadic?: ArgumentSpec;
}

/** What a function's body gets besides its argument values. */
export interface IntrinsicInvocation {
  scope: EvaluationScope;
  /** The arguments as written, for functions that read a literal's text (States.Format). */
  written: readonly IntrinsicArgument[];
  /** Throws States.IntrinsicFailure naming the whole expression, with this detail. */
  fail(detail: string): never;
}

export interface IntrinsicFunction {
  name: `States.${string}`;
  signature: IntrinsicSignature;
  evaluate(args: Json[], invocation: IntrinsicInvocation): Json;
}
