import type { Json } from "../../shared/json";
import type { MapState } from "../definition/types";
import { AslError } from "../errors/asl-error";
import { effectiveInput, stateOutput } from "../io/jsonpath-pipeline";
import { numberAtPath } from "../io/path-number";
import { evaluatePayloadTemplate } from "../io/payload-template";
import { resolvePath } from "../query/jsonpath";
import type { Frame } from "../interpreter/frame";
import { BLOCKED, type StateOutcome } from "../interpreter/outcome";
import type { StateHandler } from "../interpreter/state-handler";
import type { StepContext } from "../interpreter/step-context";
import type { CompiledState } from "../definition/program";

interface MapProgress {
  /** The state's effective input, which ItemSelector reads. */
  input: Json;
  items: Json[];
  results: Json[];
  nextIndex: number;
  running: number;
  maxConcurrency: number;
  [key: string]: Json;
}

type MapCompiled = CompiledState & { definition: MapState };

/** Map (inline): one child frame per item, at most MaxConcurrency at a time, results in item order. */
export const mapState: StateHandler<MapState> = {
  async start(ctx, frame, state) {
    const definition = state.definition;
    const scope = ctx.scope(frame, frame.input);
    const input = effectiveInput({ InputPath: definition.InputPath }, frame.input, scope);
    const items = selectItems(definition, { ...scope, input });
    const maxConcurrency = readMaxConcurrency(definition, { ...scope, input });
    ctx.emit(frame, "MapStateStarted", { key: "mapStateStartedEventDetails", value: { length: items.length } });
    const progress: MapProgress = {
      input,
      items,
      results: new Array<Json>(items.length).fill(null),
      nextIndex: 0,
      running: 0,
      maxConcurrency: maxConcurrency === 0 ? items.length : maxConcurrency,
    };
    frame.progress = progress;
    if (items.length === 0) return succeed(ctx, frame, state, progress);
    startIterations(ctx, frame, state, progress);
    return BLOCKED;
  },

  async resume(ctx, frame, state, signal): Promise<StateOutcome> {
    const progress = frame.progress as MapProgress;
    const details = (index: number) => ({ index, name: state.name });
    switch (signal.type) {
      case "child-succeeded":
        ctx.emit(
          frame,
          "MapIterationSucceeded",
          { key: "mapIterationSucceededEventDetails", value: details(signal.childIndex) },
          { previousEventId: signal.lastEventId, advance: false },
        );
        frame.lastEventId = signal.lastEventId;
        progress.results[signal.childIndex] = signal.output;
        progress.running -= 1;
        if (progress.nextIndex < progress.items.length) {
          startIterations(ctx, frame, state, progress);
          return BLOCKED;
        }
        if (progress.running > 0) return BLOCKED;
        return succeed(ctx, frame, state, progress);
      case "child-failed":
        ctx.emit(
          frame,
          "MapIterationFailed",
          { key: "mapIterationFailedEventDetails", value: details(signal.childIndex) },
          { previousEventId: signal.lastEventId, advance: false },
        );
        frame.lastEventId = signal.lastEventId;
        ctx.abandonChildren(frame);
        return { kind: "failed", error: new AslError(signal.error, signal.cause), closingEvent: "MapStateFailed" };
      case "timer":
      case "task-succeeded":
      case "task-failed":
      case "task-heartbeat":
        return BLOCKED;
    }
  },
};

function startIterations(ctx: StepContext, frame: Frame, state: MapCompiled, progress: MapProgress): void {
  const definition = state.definition;
  const selector = definition.ItemSelector ?? definition.Parameters;
  const machineKey = state.children[0] as string;
  while (progress.running < progress.maxConcurrency && progress.nextIndex < progress.items.length) {
    const index = progress.nextIndex++;
    const value = progress.items[index] as Json;
    const mapItem = { index, value };
    let input = value;
    if (selector !== undefined) {
      const scope = ctx.scope({ ...frame, mapItem }, progress.input);
      input = evaluatePayloadTemplate(selector, scope);
    }
    const startedId = ctx.emit(
      frame,
      "MapIterationStarted",
      { key: "mapIterationStartedEventDetails", value: { index, name: state.name } },
      { advance: false },
    );
    progress.running += 1;
    ctx.spawnChild(frame, { machineKey, input, childIndex: index, lastEventId: startedId, mapItem });
  }
}

function succeed(ctx: StepContext, frame: Frame, state: MapCompiled, progress: MapProgress): StateOutcome {
  // AWS links both the succeeded and the exited event to the last iteration event.
  const last = ctx.lastEventId();
  ctx.emit(frame, "MapStateSucceeded", undefined, { previousEventId: last, advance: false });
  frame.lastEventId = last;
  const output = stateOutput(state.definition, frame.input, progress.results, ctx.scope(frame, frame.input));
  return { kind: "transition", output, next: state.definition.Next };
}

function selectItems(definition: MapState, scope: ReturnType<StepContext["scope"]>): Json[] {
  const path = definition.ItemsPath ?? "$";
  const selected = resolvePath(path, scope);
  if (!selected.found) {
    throw new AslError("States.Runtime", `Invalid path '${path}' : No results for path: ${path}`);
  }
  if (!Array.isArray(selected.value)) {
    throw new AslError(
      "States.Runtime",
      `Item path ${path} must point to a JSON array, but it points to ${JSON.stringify(selected.value)}`,
    );
  }
  return selected.value;
}

function readMaxConcurrency(definition: MapState, scope: ReturnType<StepContext["scope"]>): number {
  if (typeof definition.MaxConcurrency === "number") return definition.MaxConcurrency;
  if (definition.MaxConcurrencyPath !== undefined) {
    return numberAtPath("MaxConcurrencyPath", definition.MaxConcurrencyPath, scope);
  }
  return 0;
}
