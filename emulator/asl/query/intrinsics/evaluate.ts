/**
 * Evaluation of an intrinsic call at run time: its arguments resolved, checked and passed to the function,
 * with AWS's error wording.
 */
import { toJsonText, type Json } from "../../../shared/json";
import { AslError } from "../../errors/asl-error";
import type { EvaluationScope } from "../../io/evaluation-scope";
import { rootValue, selectPath, splitPathRoot } from "../jsonpath";
import type { IntrinsicInvocation } from "./argument-spec";
import { checkArguments } from "./check-arguments";
import type { IntrinsicArgument, IntrinsicCall } from "./intrinsic-ast";
import { IntrinsicSyntaxError } from "./intrinsic-syntax-error";
import { parseIntrinsic } from "./parser";
import { INTRINSIC_FUNCTIONS } from "./registry";

/** AWS's prefix for every failure inside an intrinsic: it quotes the whole expression as written. */
function functionFailure(text: string, error: string, detail: string): AslError {
  return new AslError(error, `The function '${text}' had the following error: ${detail}`);
}

/**
 * Evaluates an intrinsic function call. Throws AslError: States.Runtime when a path argument finds nothing
 * (AWS's wording), States.IntrinsicFailure for a bad call or bad argument values.
 */
export function evaluateIntrinsic(text: string, scope: EvaluationScope): Json {
  let call: IntrinsicCall;
  try {
    call = parseIntrinsic(text);
  } catch (error) {
    if (error instanceof IntrinsicSyntaxError) throw functionFailure(text, "States.IntrinsicFailure", error.message);
    throw error;
  }
  return evaluateCall(call, text, scope);
}

function evaluateCall(call: IntrinsicCall, text: string, scope: EvaluationScope): Json {
  const fn = INTRINSIC_FUNCTIONS.get(call.name);
  if (fn === undefined) throw functionFailure(text, "States.IntrinsicFailure", `Unknown intrinsic function ${call.name}`);
  const values = call.args.map((arg) => evaluateArgument(arg, text, scope));
  const problem = checkArguments(fn.name, fn.signature, values);
  if (problem !== null) throw functionFailure(text, "States.IntrinsicFailure", problem);
  const invocation: IntrinsicInvocation = {
    scope,
    written: call.args,
    fail(detail: string): never {
      throw functionFailure(text, "States.IntrinsicFailure", detail);
    },
  };
  return fn.evaluate(values, invocation);
}

function evaluateArgument(arg: IntrinsicArgument, text: string, scope: EvaluationScope): Json {
  switch (arg.kind) {
    case "call":
      return evaluateCall(arg, text, scope);
    case "string":
    case "number":
    case "boolean":
      return arg.value;
    case "null":
      return null;
    case "path":
      return resolveArgumentPath(arg.path, text, scope);
  }
}

function resolveArgumentPath(path: string, text: string, scope: EvaluationScope): Json {
  const rooted = splitPathRoot(path);
  const data = rooted === null ? undefined : rootValue(rooted.root, scope);
  if (rooted !== null && data !== undefined) {
    const result = selectPath(rooted.path, data);
    if (result.found) return result.value;
  }
  const shown = data === undefined ? scope.input : data;
  throw functionFailure(
    text,
    "States.Runtime",
    `The JsonPath argument for the field '${path}' could not be found in the input '${toJsonText(shown)}'`,
  );
}
