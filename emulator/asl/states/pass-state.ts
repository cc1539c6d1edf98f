/**
 * The Pass state: passes its input, or a fixed Result, on through the data pipeline without doing any
 * work.
 */
import type { PassState } from "../definition/types";
import { flavourOf } from "../io/flavour-of";
import type { StateHandler } from "../interpreter/state-handler";
import { transitionTo } from "./state-exit";
import { unexpectedSignal } from "./unexpected-signal";

/** Pass: its Result (or its effective input) through the data pipeline. */
export const passState: StateHandler<PassState> = {
  async start(ctx, frame, state) {
    const definition = state.definition;
    const flavour = flavourOf(state.queryLanguage);
    const io = ctx.stateIo(frame, frame.input);
    const input = await flavour.effectiveInput(definition, io);
    const result = definition.Result !== undefined ? definition.Result : input;
    return transitionTo(await flavour.exit(definition, io, { value: result, isResult: false }), definition.Next);
  },
  resume: unexpectedSignal,
};
