/**
 * The intrinsic functions' public entry points: parse, evaluate, recognise a call, and the static checks
 * that definition validation runs.
 */
import { checkArity } from "./check-arguments";
import type { IntrinsicArgument, IntrinsicCall } from "./intrinsic-ast";
import { INTRINSIC_FUNCTIONS } from "./registry";

export { evaluateIntrinsic } from "./evaluate";
export { parseIntrinsic } from "./parser";
export { IntrinsicSyntaxError } from "./intrinsic-syntax-error";
export { INTRINSIC_FUNCTIONS } from "./registry";
export type { IntrinsicArgument, IntrinsicCall } from "./intrinsic-ast";
export type { ArgumentSpec, ArgumentType, IntrinsicFunction, IntrinsicSignature } from "./argument-spec";

const CALL_START = /^\s*States\.[A-Za-z0-9_]+\s*\(/;

/** True when the text starts like an intrinsic call (`States.Name(`), which is how AWS tells it from a path. */
export function isIntrinsicFunction(text: string): boolean {
  return CALL_START.test(text);
}

/**
 * Problems that can be seen without running the call: unknown function names and argument counts, for
 * definition validation. Returns the first problem, or null.
 */
export function findStaticProblem(call: IntrinsicCall): string | null {
  const fn = INTRINSIC_FUNCTIONS.get(call.name);
  if (fn === undefined) return `Unknown intrinsic function ${call.name}`;
  const arity = checkArity(fn.name, fn.signature, call.args.length);
  if (arity !== null) return arity;
  for (const arg of call.args) {
    const nested = arg.kind === "call" ? findStaticProblem(arg) : null;
    if (nested !== null) return nested;
  }
  return null;
}

/** The nesting depth of a call (a call with no nested calls has depth 1); AWS allows up to 10. */
export function callDepth(node: IntrinsicArgument): number {
  if (node.kind !== "call") return 0;
  return 1 + Math.max(0, ...node.args.map(callDepth));
}
