import type { PassState } from "../definition/types";
import { effectiveInput, stateOutput } from "../io/jsonpath-pipeline";
import type { StateHandler } from "../interpreter/state-handler";
import { unexpectedSignal } from "./unexpected-signal";

/** Pass: its Result (or its effective input) through the data pipeline. */
export const passState: StateHandler<PassState> = {
  async start(ctx, frame, state) {
    const definition = state.definition;
    const scope = ctx.scope(frame, frame.input);
    const input = effectiveInput(definition, frame.input, scope);
    const result = definition.Result !== undefined ? definition.Result : input;
    const output = stateOutput(definition, frame.input, result, scope);
    return { kind: "transition", output, next: definition.Next };
  },
  resume: unexpectedSignal,
};
