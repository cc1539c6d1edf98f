/** The Fail state: ends its branch, or the execution, with an Error and a Cause. */
import type { FailState } from "../definition/types";
import { aslErrorOf } from "../errors/partial-asl-error";
import { flavourOf } from "../io/flavour-of";
import type { StateHandler } from "../interpreter/state-handler";
import { unexpectedSignal } from "./unexpected-signal";

/** Fail: ends its frame with Error and Cause (static, from ErrorPath/CausePath, or JSONata); absent ones stay absent. */
export const failState: StateHandler<FailState> = {
  async start(ctx, frame, state) {
    const definition = state.definition;
    const flavour = flavourOf(state.queryLanguage);
    const io = ctx.stateIo(frame, frame.input);
    const error = await flavour.text("Error", definition.Error, definition.ErrorPath, io);
    const cause = await flavour.text("Cause", definition.Cause, definition.CausePath, io);
    return { kind: "failed", error: aslErrorOf(error, cause) };
  },
  resume: unexpectedSignal,
};
