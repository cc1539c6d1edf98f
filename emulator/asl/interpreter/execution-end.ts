/** How a step ends an execution: its closing event, the history quota, and which frames survive the end. */
import type { JsonObject } from "../../shared/json";
import type { StepInternals } from "./step-internals";
import { MAX_HISTORY_EVENTS, ROOT_FRAME_ID, type ExecutionOutcome } from "./step-result";

/** Writes the closing event of a failed, aborted or timed-out execution and ends it. */
export function endExecution(step: StepInternals, outcome: ExecutionOutcome): void {
  const root = step.tree.peek(ROOT_FRAME_ID);
  const previous = root ? root.lastEventId : step.log.lastId;
  switch (outcome.status) {
    case "SUCCEEDED":
      throw new Error("endExecution is for executions that did not succeed");
    case "FAILED":
      step.log.append("ExecutionFailed", previous, {
        key: "executionFailedEventDetails",
        value: errorFields(outcome.error, outcome.cause),
      });
      break;
    case "ABORTED":
      // AWS links an abort to no earlier event.
      step.log.append("ExecutionAborted", 0, {
        key: "executionAbortedEventDetails",
        value: errorFields(outcome.error, outcome.cause),
      });
      break;
    case "TIMED_OUT":
      step.log.append("ExecutionTimedOut", step.log.lastId, {
        key: "executionTimedOutEventDetails",
        value: errorFields(outcome.error, outcome.cause),
      });
      break;
  }
  step.finish(outcome);
}

/**
 * A Standard execution's history holds at most 25,000 events; the step that would pass the limit
 * ends the execution there instead. The cause text is ours: no recording shows AWS's.
 */
export function failOnHistoryLimit(step: StepInternals): void {
  step.log.truncateAfter(MAX_HISTORY_EVENTS - 1);
  step.effects.length = 0;
  const cause = `The execution reached the maximum number of history events (${MAX_HISTORY_EVENTS}).`;
  step.log.append("ExecutionFailed", step.log.lastId, {
    key: "executionFailedEventDetails",
    value: { error: "States.Runtime", cause },
  });
  step.finish({ status: "FAILED", error: "States.Runtime", cause });
}

/**
 * Drops the frames of an ended execution. A Standard execution that did not succeed keeps its
 * root frame, at the state it ended in, for RedriveExecution.
 */
export function dropEndedFrames(step: StepInternals, outcome: ExecutionOutcome): void {
  const keepRoot = outcome.status !== "SUCCEEDED" && step.info.type === "STANDARD" && step.tree.has(ROOT_FRAME_ID);
  for (const id of step.tree.ids()) {
    if (!(keepRoot && id === ROOT_FRAME_ID)) step.tree.remove(id);
  }
}

export function errorFields(error: string | undefined, cause: string | undefined): JsonObject {
  const fields: JsonObject = {};
  if (error !== undefined) fields.error = error;
  if (cause !== undefined) fields.cause = cause;
  return fields;
}
