/** TestState of a Map or Parallel: the state's own inputs and limits are evaluated, and the mock stands for its children. */
import type { CompiledState } from "../asl";
import type { MapState, ParallelState } from "../asl";
import { AslError } from "../asl";
import type { Frame } from "../asl";
import type { StateOutcome } from "../asl";
import { flavourOf } from "../asl";
import { transitionTo } from "../asl";
import type { Json } from "../shared/json";
import { parseJsonField, type TestStateRequest } from "./test-state-request";
import type { TestStateStep } from "./test-state-step";

/**
 * A mocked Map: its input, items and limits are evaluated as in an execution, then the mock stands
 * for the iterations, with `mapIterationFailureCount` failures judged against the tolerance.
 */
export async function runMockedMap(
  step: TestStateStep,
  frame: Frame,
  state: CompiledState & { definition: MapState },
  request: TestStateRequest,
  inspection: Map<string, Json>,
): Promise<StateOutcome> {
  const definition = state.definition;
  const flavour = flavourOf(state.queryLanguage);
  const io = step.stateIo(frame, frame.input);
  const input = await flavour.selectedInput(definition, io);
  let itemCount = 0;
  if (definition.ItemReader === undefined) {
    let items: Json[];
    try {
      items = await flavour.items(definition, io, input);
    } catch (thrown) {
      throw itemsPathFailure(thrown, definition.ItemsPath);
    }
    io.inspect?.record("afterItemsPath", items);
    itemCount = items.length;
  }
  const inputIo = { ...io, scope: { ...io.scope, input } };
  const number = (field: string, value: number | string | undefined, path: string | undefined, kind: "integer" | "number") =>
    flavour.number({ field, value, pathField: `${field}Path`, path, kind }, inputIo);
  const maxConcurrency = (await number("MaxConcurrency", definition.MaxConcurrency, definition.MaxConcurrencyPath, "integer")) ?? 0;
  const record = (field: string, value: number) => void inspection.set(field, value);
  record("maxConcurrency", maxConcurrency);
  const count = await number("ToleratedFailureCount", definition.ToleratedFailureCount, definition.ToleratedFailureCountPath, "integer");
  if (count !== undefined) record("toleratedFailureCount", count);
  const percentage = await number("ToleratedFailurePercentage", definition.ToleratedFailurePercentage, definition.ToleratedFailurePercentagePath, "number");
  if (percentage !== undefined) record("toleratedFailurePercentage", percentage);
  const mock = request.mock;
  if (mock?.errorOutput !== undefined) return { kind: "failed", error: new AslError(mock.errorOutput.error ?? "", mock.errorOutput.cause ?? "") };
  const result = parseJsonField("mock.result", mock?.result ?? "[]");
  const failures = request.stateConfiguration?.mapIterationFailureCount ?? 0;
  const total = Array.isArray(result) ? result.length : itemCount;
  const exceeded = (count !== undefined && failures > count) || (percentage !== undefined && total > 0 && (failures * 100) / total > percentage);
  if (exceeded) {
    return { kind: "failed", error: new AslError("States.ExceedToleratedFailureThreshold", "The specified tolerated failure threshold was exceeded") };
  }
  return transitionTo(await flavour.exit(definition, io, { value: result, isResult: true }), definition.Next);
}

/** A mocked Parallel: its input as in an execution, then the mock stands for the branches' outputs. */
export async function runMockedParallel(
  step: TestStateStep,
  frame: Frame,
  state: CompiledState & { definition: ParallelState },
  request: TestStateRequest,
): Promise<StateOutcome> {
  const definition = state.definition;
  const flavour = flavourOf(state.queryLanguage);
  const io = step.stateIo(frame, frame.input);
  await flavour.effectiveInput(definition, io);
  const mock = request.mock;
  if (mock?.errorOutput !== undefined) return { kind: "failed", error: new AslError(mock.errorOutput.error ?? "", mock.errorOutput.cause ?? "") };
  const result = parseJsonField("mock.result", mock?.result ?? "[]");
  return transitionTo(await flavour.exit(definition, io, { value: result, isResult: true }), definition.Next);
}

/** TestState words a Map's non-array items as a reference path failure, naming `$$` paths from `$`. */
function itemsPathFailure(thrown: unknown, itemsPath: string | undefined): unknown {
  if (!(thrown instanceof AslError) || !thrown.cause?.startsWith("Item path ")) return thrown;
  const path = (itemsPath ?? "$").replace(/^\$\$/, "$");
  return new AslError("States.Runtime", `Reference path "${path}" must point to array.`);
}
