/**
 * What TestState reports for a state's outcome. Retry and Catch are reported, not followed: the
 * interpreter's own decisions (errors/retry-policy.ts, errors/catch-policy.ts) say which would apply.
 */
import type { CompiledState } from "../asl";
import { chooseCatcher } from "../asl";
import { errorFieldsOf } from "../asl";
import { hasAttemptsLeft, matchingRetrier, retryDelayMillis } from "../asl";
import type { Frame } from "../asl";
import type { StateOutcome } from "../asl";
import { flavourOf } from "../asl";
import type { Json, JsonObject } from "../shared/json";
import { stateFailureOf, type TestStateResult } from "./test-state-request";
import type { TestStateStep } from "./test-state-step";

type Verdict = Omit<TestStateResult, "inspection" | "state">;

/** The verdict on an outcome; the error details AWS shows go into the inspection record. */
export async function verdictOf(
  outcome: StateOutcome,
  step: TestStateStep,
  frame: Frame,
  state: CompiledState,
  retryCount: number,
  inspection: Map<string, Json>,
): Promise<Verdict> {
  if (outcome.kind === "transition") {
    const succeeded: Verdict = { status: "SUCCEEDED", output: outcome.output };
    if (outcome.next !== undefined) succeeded.nextState = outcome.next;
    return succeeded;
  }
  if (outcome.kind === "blocked") throw new Error("TestState ended blocked");
  const error = outcome.error;
  const failed: Verdict = { status: "FAILED", ...errorFieldsOf(error) };
  const definition = state.definition;
  if (error.error === "States.Runtime" || (definition.Type !== "Task" && definition.Type !== "Map" && definition.Type !== "Parallel")) {
    return failed;
  }
  const details: JsonObject = {};
  const retry = matchingRetrier(definition.Retry ?? [], error.error);
  if (retry !== undefined) {
    details.retryIndex = retry.index;
    if (hasAttemptsLeft(retry.retrier, retryCount)) {
      // The backoff without jitter: the interval the next attempt would wait at most.
      details.retryBackoffIntervalSeconds = retryDelayMillis(retry.retrier, retryCount, () => 1) / 1000;
      inspection.set("errorDetails", details);
      return { ...failed, status: "RETRIABLE" };
    }
  }
  const caught = chooseCatcher(definition.Catch ?? [], error);
  if (caught === undefined) {
    if (retry !== undefined) inspection.set("errorDetails", details);
    return failed;
  }
  let exit;
  try {
    exit = await flavourOf(state.queryLanguage).catchExit(caught.catcher, caught.index, step.stateIo(frame, frame.input), caught.errorOutput);
  } catch (thrown) {
    return { status: "FAILED", ...errorFieldsOf(stateFailureOf(thrown)) };
  }
  inspection.set("errorDetails", { catchIndex: caught.index });
  return { ...failed, status: "CAUGHT_ERROR", output: exit.output, nextState: caught.catcher.Next };
}
