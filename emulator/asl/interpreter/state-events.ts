/** The events the state template writes around a state: entered, exited, and EvaluationFailed for a thrown failure. */
import type { HistoryEventType } from "@aws-sdk/client-sfn";
import type { JsonObject } from "../../shared/json";
import type { CompiledState } from "../definition/program";
import type { StateDefinition } from "../definition/types";
import { type AslError, asAslError } from "../errors/asl-error";
import { stateFailure } from "../errors/state-failure";
import { payloadFields } from "../history/event-log";
import { QueryEvaluationError } from "../query/jsonata";
import type { Frame } from "./frame";
import type { StepInternals } from "./step-internals";

/** Enters the frame's current state afresh: no retries used, no waits, no progress, no values. */
export function enterState(step: StepInternals, frame: Frame, state: CompiledState, inputText = frame.inputText): void {
  frame.enteredTime = step.ports.now();
  frame.retryAttempts = [];
  frame.progress = null;
  step.clearWaits(frame);
  step.tree.clearValues(frame.id);
  frame.enteredPreviousEventId = frame.lastEventId;
  frame.enteredEventId = step.emit(frame, enteredEventType(state.definition), {
    key: "stateEnteredEventDetails",
    value: { name: state.name, ...payloadFields("input", frame.input, inputText) },
  });
}

/**
 * An error thrown while a state ran, in AWS's words: run-time failures name the state, and an
 * expression failure is first recorded as EvaluationFailed.
 */
export function thrownFailure(step: StepInternals, frame: Frame, state: CompiledState, thrown: unknown): AslError {
  const error = stateFailure(asAslError(thrown), { stateName: state.name, enteredEventId: frame.enteredEventId ?? 0 });
  if (error instanceof QueryEvaluationError) {
    const details: JsonObject = { error: error.error, cause: error.cause, state: error.state };
    if (error.location !== "") details.location = error.location;
    // AWS links it to the event before the state's entry, except in a Wait state, which evaluates after entering,
    // and in a state that has written events since it entered (a Map's ItemSelector): then to the last of them.
    const wroteSinceEntry = frame.lastEventId !== frame.enteredEventId;
    const previous =
      state.definition.Type === "Wait" ? frame.enteredEventId : wroteSinceEntry ? frame.lastEventId : frame.enteredPreviousEventId;
    step.emit(frame, "EvaluationFailed", { key: "evaluationFailedEventDetails", value: details }, { previousEventId: previous ?? 0 });
  }
  return error;
}

export function enteredEventType(definition: StateDefinition): HistoryEventType {
  return `${definition.Type}StateEntered` as HistoryEventType;
}

export function exitedEventType(definition: StateDefinition): HistoryEventType {
  return `${definition.Type}StateExited` as HistoryEventType;
}
