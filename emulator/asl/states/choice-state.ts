/** The Choice state: picks the first rule that matches its input, else Default. */
import type { ChoiceState } from "../definition/types";
import { AslError } from "../errors/asl-error";
import { flavourOf } from "../io/flavour-of";
import type { StateHandler } from "../interpreter/state-handler";
import { transitionTo } from "./state-exit";
import { unexpectedSignal } from "./unexpected-signal";

/**
 * Choice: the first rule that holds picks Next (with its own Assign and Output), else Default
 * (with the state's), else States.NoChoiceMatched.
 */
export const choiceState: StateHandler<ChoiceState> = {
  async start(ctx, frame, state) {
    const definition = state.definition;
    const flavour = flavourOf(state.queryLanguage);
    const io = ctx.stateIo(frame, frame.input);
    const input = await flavour.selectedInput(definition, io);
    for (const [index, rule] of definition.Choices.entries()) {
      if (!(await flavour.condition(rule, index, io, input))) continue;
      const fields = { OutputPath: definition.OutputPath, ResultPath: "$", Output: rule.Output ?? definition.Output, Assign: rule.Assign };
      return { ...transitionTo(await flavour.exit(fields, io, { value: input, isResult: false }), rule.Next), decision: { kind: "choice-rule", rule: index } };
    }
    if (definition.Default === undefined) throw new AslError("States.NoChoiceMatched", `No Matches!`);
    const exit = await flavour.exit({ ...definition, ResultPath: "$" }, io, { value: input, isResult: false });
    return { ...transitionTo(exit, definition.Default), decision: { kind: "choice-default" } };
  },
  resume: unexpectedSignal,
};
