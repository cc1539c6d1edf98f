/** How a frame that ends hands its result on: the root ends the execution, a branch or iteration signals its parent. */
import type { Json } from "../../shared/json";
import type { AslError } from "../errors/asl-error";
import { errorFieldsOf } from "../errors/partial-asl-error";
import { payloadFields } from "../history/event-log";
import { endExecution } from "./execution-end";
import type { Frame } from "./frame";
import type { StepInternals } from "./step-internals";

export function completeFrame(step: StepInternals, frame: Frame, output: Json, outputText: string | undefined): void {
  if (frame.parentId === null) {
    step.log.append("ExecutionSucceeded", frame.lastEventId, {
      key: "executionSucceededEventDetails",
      value: payloadFields("output", output, outputText),
    });
    step.finish({ status: "SUCCEEDED", output, ...(outputText === undefined ? {} : { outputText }) });
    return;
  }
  step.removeFrame(frame);
  step.enqueue(frame.parentId, {
    type: "child-succeeded",
    childId: frame.id,
    childIndex: frame.childIndex ?? 0,
    output,
    lastEventId: frame.lastEventId,
    ...(outputText === undefined ? {} : { outputText }),
  });
}

export function failFrame(step: StepInternals, frame: Frame, error: AslError): void {
  if (frame.parentId === null) {
    endExecution(step, { status: "FAILED", ...errorFieldsOf(error) });
    return;
  }
  const parent = step.tree.peek(frame.parentId);
  if (parent && step.stateOf(frame).definition.Type === "Task" && step.stateOf(parent).definition.Type === "Parallel") {
    // AWS closes a Task that fails its Parallel branch with TaskStateAborted; the Parallel links past it, to the failure.
    step.emit(frame, "TaskStateAborted", undefined, { advance: false });
  }
  step.removeFrame(frame);
  step.enqueue(frame.parentId, {
    type: "child-failed",
    childId: frame.id,
    childIndex: frame.childIndex ?? 0,
    ...errorFieldsOf(error),
    lastEventId: frame.lastEventId,
  });
}
