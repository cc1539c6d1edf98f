import type { FailState } from "../definition/types";
import { AslError } from "../errors/asl-error";
import { evaluateIntrinsic, isIntrinsicFunction } from "../query/intrinsics";
import { resolvePath } from "../query/jsonpath";
import type { EvaluationScope } from "../io/evaluation-scope";
import type { StateHandler } from "../interpreter/state-handler";
import { unexpectedSignal } from "./unexpected-signal";

/** Fail: ends its frame with Error and Cause (static, or from ErrorPath and CausePath). */
export const failState: StateHandler<FailState> = {
  async start(ctx, frame, state) {
    const definition = state.definition;
    const scope = ctx.scope(frame, frame.input);
    const error = definition.ErrorPath !== undefined ? dynamicText(definition.ErrorPath, scope) : definition.Error;
    const cause = definition.CausePath !== undefined ? dynamicText(definition.CausePath, scope) : definition.Cause;
    return { kind: "failed", error: new AslError(error ?? "", cause ?? "") };
  },
  resume: unexpectedSignal,
};

/** ErrorPath and CausePath take a path or an intrinsic function and must give a string. */
function dynamicText(expression: string, scope: EvaluationScope): string {
  const value = isIntrinsicFunction(expression)
    ? evaluateIntrinsic(expression, scope)
    : (() => {
        const selected = resolvePath(expression, scope);
        if (!selected.found) throw new AslError("States.Runtime", `Invalid path '${expression}' : No results for path: ${expression}`);
        return selected.value;
      })();
  if (typeof value !== "string") {
    throw new AslError("States.Runtime", `The value at '${expression}' is not a string: ${JSON.stringify(value)}`);
  }
  return value;
}
