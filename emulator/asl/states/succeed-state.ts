import type { SucceedState } from "../definition/types";
import { effectiveInput, stateOutput } from "../io/jsonpath-pipeline";
import type { StateHandler } from "../interpreter/state-handler";
import { unexpectedSignal } from "./unexpected-signal";

/** Succeed: ends its frame successfully with InputPath and OutputPath applied. */
export const succeedState: StateHandler<SucceedState> = {
  async start(ctx, frame, state) {
    const scope = ctx.scope(frame, frame.input);
    const input = effectiveInput({ InputPath: state.definition.InputPath }, frame.input, scope);
    const output = stateOutput({ OutputPath: state.definition.OutputPath, ResultPath: "$" }, input, input, scope);
    return { kind: "transition", output, next: undefined };
  },
  resume: unexpectedSignal,
};
