/** The Parallel state: runs its branches side by side and outputs their results as an array. */
import type { ParallelState } from "../definition/types";
import { aslErrorOf } from "../errors/partial-asl-error";
import { flavourOf } from "../io/flavour-of";
import { BLOCKED, type StateOutcome } from "../interpreter/outcome";
import type { StateHandler } from "../interpreter/state-handler";
import { isProgressOf, progressOf, type ParallelProgress } from "../interpreter/state-progress";
import { transitionTo } from "./state-exit";

/** Parallel: runs every branch as a child frame and collects their outputs in branch order. */
export const parallelState: StateHandler<ParallelState> = {
  async start(ctx, frame, state) {
    const io = ctx.stateIo(frame, frame.input);
    const input = await flavourOf(state.queryLanguage).effectiveInput(state.definition, io);
    const startedId = ctx.emit(frame, "ParallelStateStarted");
    const progress: ParallelProgress = {
      kind: "parallel",
      input,
      succeeded: state.children.map(() => false),
      results: state.children.map(() => null),
      texts: state.children.map(() => null),
      remaining: state.children.length,
    };
    frame.progress = progress;
    state.children.forEach((machineKey, index) => {
      ctx.spawnChild(frame, { machineKey, input, childIndex: index, lastEventId: startedId });
    });
    return BLOCKED;
  },

  /** Runs again only the branches that did not succeed, from their first state, keeping the others' outputs. */
  async redrive(ctx, frame, state) {
    const progress = frame.progress;
    // Progress of another kind (none: the state failed before its branches started) or of another shape of the state: run it whole.
    if (!isProgressOf(progress, "parallel") || progress.succeeded.length !== state.children.length) return undefined;
    const again = state.children.flatMap((machineKey, index) => (progress.succeeded[index] === true ? [] : [{ machineKey, index }]));
    // Every branch succeeded and the state failed after them (ResultSelector, ResultPath): run it whole.
    if (again.length === 0) return undefined;
    progress.remaining = again.length;
    for (const { machineKey, index } of again) {
      ctx.spawnChild(frame, { machineKey, input: progress.input, childIndex: index, lastEventId: frame.lastEventId });
    }
    return BLOCKED;
  },

  async resume(ctx, frame, state, signal): Promise<StateOutcome> {
    switch (signal.type) {
      case "child-succeeded": {
        const progress = progressOf(frame, "parallel");
        progress.results[signal.childIndex] = signal.output;
        progress.texts[signal.childIndex] = signal.outputText ?? null;
        progress.succeeded[signal.childIndex] = true;
        progress.remaining -= 1;
        if (progress.remaining > 0) return BLOCKED;
        // AWS links both the succeeded and the exited event to the last branch event.
        const last = ctx.lastEventId();
        ctx.emit(frame, "ParallelStateSucceeded", undefined, { previousEventId: last, advance: false });
        frame.lastEventId = last;
        const io = ctx.stateIo(frame, frame.input);
        const exit = await flavourOf(state.queryLanguage).exit(state.definition, io, { value: progress.results, isResult: true });
        const outcome = transitionTo(exit, state.definition.Next);
        // AWS joins its branches' texts, so a branch that passed the client's text on keeps its spacing.
        if (outcome.kind === "transition" && exit.output === progress.results && progress.texts.some((text) => text !== null)) {
          outcome.outputText = `[${progress.results.map((result, index) => progress.texts[index] ?? JSON.stringify(result)).join(",")}]`;
        }
        return outcome;
      }
      case "child-failed":
        frame.lastEventId = signal.lastEventId;
        ctx.abandonChildren(frame);
        return { kind: "failed", error: aslErrorOf(signal.error, signal.cause), closingEvent: "ParallelStateFailed" };
      case "timer":
      case "task-succeeded":
      case "task-failed":
      case "task-heartbeat":
        return BLOCKED;
    }
  },
};
