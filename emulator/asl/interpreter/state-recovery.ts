/** Retry, then Catch, for a state that failed: the pure decisions applied to the frame, with their events. */
import type { HistoryEventType } from "@aws-sdk/client-sfn";
import type { CompiledState } from "../definition/program";
import { AslError } from "../errors/asl-error";
import { chooseCatcher } from "../errors/catch-policy";
import { nextRetry } from "../errors/retry-policy";
import { assignedVariablesFields } from "../history/assigned-variables";
import type { EventDecision } from "../history/event-decision";
import { payloadFields } from "../history/event-log";
import { assignLimitFailure } from "../io/assign-limits";
import { flavourOf } from "../io/flavour-of";
import type { Frame } from "./frame";
import { checkStateOutput } from "../io/output-limits";
import { exitedEventType, thrownFailure } from "./state-events";
import type { StepInternals } from "./step-internals";

/**
 * "blocked" while a retry waits, "caught" when a catcher moved the frame on, else the error the
 * frame fails with (a catcher's own Output or Assign may fail too).
 */
export async function recover(
  step: StepInternals,
  frame: Frame,
  state: CompiledState,
  error: AslError,
  closingEvent: HistoryEventType | undefined,
): Promise<"blocked" | "caught" | AslError> {
  const definition = state.definition;
  // AWS never retries or catches States.Runtime, not even when a retrier or catcher names it.
  const recoverable = error.error !== "States.Runtime";
  if (!recoverable || (definition.Type !== "Task" && definition.Type !== "Map" && definition.Type !== "Parallel")) {
    if (closingEvent) step.emit(frame, closingEvent);
    return error;
  }
  const retry = nextRetry(definition.Retry ?? [], frame.retryAttempts, error.error, step.ports.random);
  if (retry) {
    while (frame.retryAttempts.length <= retry.retrierIndex) frame.retryAttempts.push(0);
    frame.retryAttempts[retry.retrierIndex] = (frame.retryAttempts[retry.retrierIndex] ?? 0) + 1;
    const decision: EventDecision = { kind: "retrier", state: state.name, retrier: retry.retrierIndex };
    if (frame.silent === true) step.childEvents.annotate(frame, decision);
    else step.log.annotate(frame.lastEventId, decision);
    frame.progress = { kind: "retry-wait", retryTimer: step.armTimer(frame, step.ports.now() + retry.delayMillis) };
    return "blocked";
  }
  if (closingEvent) step.emit(frame, closingEvent);
  const caught = chooseCatcher(definition.Catch ?? [], error);
  if (!caught) return error;
  let exit;
  try {
    exit = await flavourOf(state.queryLanguage).catchExit(caught.catcher, caught.index, step.stateIo(frame, frame.input), caught.errorOutput);
  } catch (thrown) {
    return thrownFailure(step, frame, state, thrown);
  }
  const limited = checkStateOutput(state.name, exit.output).failure ?? assignLimitFailure(state.name, exit.assigned);
  if (limited) return limited;
  step.emit(
    frame,
    exitedEventType(definition),
    { key: "stateExitedEventDetails", value: { name: state.name, ...payloadFields("output", exit.output), ...assignedVariablesFields(exit.assigned) } },
    { decision: { kind: "catcher", catcher: caught.index } },
  );
  if (exit.assigned) frame.variables = { ...frame.variables, ...exit.assigned };
  delete frame.inputText;
  frame.stateName = caught.catcher.Next;
  frame.input = exit.output;
  return "caught";
}

/** Whether a timer that fired is the one a retry waits on. */
export function isRetryTimer(frame: Frame, timerId: string): boolean {
  return frame.progress?.kind === "retry-wait" && frame.progress.retryTimer === timerId;
}
