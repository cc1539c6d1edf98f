import type { ChoiceState } from "../definition/types";
import { AslError } from "../errors/asl-error";
import { effectiveInput, stateOutput } from "../io/jsonpath-pipeline";
import type { StateHandler } from "../interpreter/state-handler";
import { evaluateChoiceRule } from "./choice-rule";
import { unexpectedSignal } from "./unexpected-signal";

/** Choice: the first rule that holds picks Next, else Default, else States.NoChoiceMatched. */
export const choiceState: StateHandler<ChoiceState> = {
  async start(ctx, frame, state) {
    const definition = state.definition;
    const scope = ctx.scope(frame, frame.input);
    const input = effectiveInput({ InputPath: definition.InputPath }, frame.input, scope);
    const inputScope = { ...scope, input };
    const chosen = definition.Choices.find((rule) => evaluateChoiceRule(rule, inputScope));
    const next = chosen?.Next ?? definition.Default;
    if (next === undefined) {
      throw new AslError("States.NoChoiceMatched", `No Matches!`);
    }
    const output = stateOutput({ OutputPath: definition.OutputPath, ResultPath: "$" }, input, input, scope);
    return { kind: "transition", output, next };
  },
  resume: unexpectedSignal,
};
