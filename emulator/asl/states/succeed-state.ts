/** The Succeed state: ends its branch, or the execution, successfully. */
import type { SucceedState } from "../definition/types";
import { flavourOf } from "../io/flavour-of";
import type { StateHandler } from "../interpreter/state-handler";
import { transitionTo } from "./state-exit";
import { unexpectedSignal } from "./unexpected-signal";

/** Succeed: ends its frame successfully with InputPath and OutputPath (or Output) applied. */
export const succeedState: StateHandler<SucceedState> = {
  async start(ctx, frame, state) {
    const definition = state.definition;
    const flavour = flavourOf(state.queryLanguage);
    const io = ctx.stateIo(frame, frame.input);
    const input = await flavour.selectedInput(definition, io);
    const exit = await flavour.exit({ ...definition, ResultPath: "$" }, io, { value: input, isResult: false });
    return transitionTo(exit, undefined);
  },
  resume: unexpectedSignal,
};
