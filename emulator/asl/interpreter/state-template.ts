/**
 * The one template every state runs in: entered event, the state's own step, the output limit,
 * the exited event and the transition, or Retry and Catch when the state fails.
 */
import { AslError } from "../errors/asl-error";
import { assignedVariablesFields } from "../history/assigned-variables";
import { payloadFields } from "../history/event-log";
import { assignLimitFailure } from "../io/assign-limits";
import { QueryEvaluationError } from "../query/jsonata";
import { stateHandler } from "../states/state-handlers";
import { completeFrame, failFrame } from "./frame-completion";
import type { Frame } from "./frame";
import { BLOCKED, type StateOutcome } from "./outcome";
import { checkStateOutput } from "../io/output-limits";
import type { FrameSignal } from "./signals";
import { enterState, exitedEventType, thrownFailure } from "./state-events";
import { isRetryTimer, recover } from "./state-recovery";
import type { StepInternals } from "./step-internals";

/** Runs a frame from a signal until it blocks, ends or fails. */
export async function advance(step: StepInternals, frame: Frame, signal: FrameSignal | "enter" | "redrive"): Promise<void> {
  if (signal !== "enter" && signal !== "redrive" && !accepts(frame, signal)) return;
  let pending: FrameSignal | "enter" | "redrive" = signal;
  // The text the previous state's exit serialised its output to: the next state's entered event reuses it.
  let enteringText: string | undefined;
  for (;;) {
    const state = step.stateOf(frame);
    const handler = stateHandler(state.definition.Type);
    let outcome: StateOutcome;
    try {
      if (pending === "redrive") {
        // RedriveExecution: the handler goes on with what did not succeed, or the state is entered again whole.
        const resumed = await handler.redrive?.(step, frame, state);
        if (resumed === undefined) enterState(step, frame, state);
        outcome = resumed ?? (await handler.start(step, frame, state));
      } else if (pending === "enter") {
        enterState(step, frame, state, enteringText ?? frame.inputText);
        outcome = await handler.start(step, frame, state);
      } else if (pending.type === "timer" && isRetryTimer(frame, pending.timerId)) {
        frame.progress = null;
        step.clearWaits(frame);
        step.tree.clearValues(frame.id);
        outcome = await handler.start(step, frame, state);
      } else if (frame.progress?.kind === "retry-wait") {
        // While a retry waits, what the failed attempt left behind (a late result, a timer) has no say.
        outcome = BLOCKED;
      } else {
        outcome = await handler.resume(step, frame, state, pending);
      }
    } catch (error) {
      const failure = thrownFailure(step, frame, state, error);
      outcome = { kind: "failed", error: failure };
      // AWS closes a Map whose expressions failed with MapStateFailed, even before MapStateStarted.
      if (failure instanceof QueryEvaluationError && state.definition.Type === "Map") outcome.closingEvent = "MapStateFailed";
    }
    // The client's (compacted) text travels on while its value does; the output is serialised once, for the event and the limit.
    let rawText: string | undefined;
    let outputText = "";
    if (outcome.kind === "transition") {
      const unchanged = frame.inputText !== undefined && outcome.output === frame.input;
      rawText = outcome.outputText ?? (unchanged ? frame.inputText : undefined);
      const checked = checkStateOutput(state.name, outcome.output, rawText);
      outputText = checked.text;
      const limited = checked.failure ?? assignLimitFailure(state.name, outcome.assigned);
      if (limited) outcome = { kind: "failed", error: limited };
    }
    switch (outcome.kind) {
      case "blocked":
        return;
      case "transition": {
        const exited = {
          key: "stateExitedEventDetails",
          value: {
            name: state.name,
            ...payloadFields("output", outcome.output, outputText),
            ...assignedVariablesFields(outcome.assigned),
          },
        };
        step.emit(frame, exitedEventType(state.definition), exited, outcome.decision ? { decision: outcome.decision } : undefined);
        if (outcome.assigned) frame.variables = { ...frame.variables, ...outcome.assigned };
        if (rawText === undefined) delete frame.inputText;
        else frame.inputText = rawText;
        if (outcome.next === undefined) {
          completeFrame(step, frame, outcome.output, rawText);
          return;
        }
        frame.stateName = outcome.next;
        frame.input = outcome.output;
        enteringText = outputText;
        pending = "enter";
        continue;
      }
      case "failed": {
        const recovery = await recover(step, frame, state, outcome.error, outcome.closingEvent);
        if (recovery === "blocked") return;
        if (recovery instanceof AslError) {
          failFrame(step, frame, recovery);
          return;
        }
        pending = "enter";
        continue;
      }
    }
  }
}

/** Drops signals for timers and tasks the frame no longer waits on (stale after a transition). */
function accepts(frame: Frame, signal: FrameSignal): boolean {
  switch (signal.type) {
    case "timer":
      if (frame.timers[signal.timerId] === undefined) return false;
      delete frame.timers[signal.timerId];
      return true;
    case "task-succeeded":
    case "task-failed":
      if (frame.task?.taskId !== signal.taskId) return false;
      frame.task = null;
      return true;
    case "task-heartbeat":
      return frame.task?.taskId === signal.taskId;
    case "child-succeeded":
    case "child-failed":
      return true;
  }
}
