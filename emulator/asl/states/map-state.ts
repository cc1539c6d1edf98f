import type { Json } from "../../shared/json";
import type { MapState } from "../definition/types";
import { aslErrorOf } from "../errors/partial-asl-error";
import { flavourOf } from "../io/flavour-of";
import type { Frame } from "../interpreter/frame";
import { BLOCKED, type StateOutcome } from "../interpreter/outcome";
import type { StateHandler } from "../interpreter/state-handler";
import type { StepContext } from "../interpreter/step-context";
import type { CompiledState } from "../definition/program";
import { transitionTo } from "./state-exit";

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
    const flavour = flavourOf(state.queryLanguage);
    const io = ctx.stateIo(frame, frame.input);
    const input = await flavour.selectedInput(definition, io);
    const items = await flavour.items(definition, io, input);
    const maxConcurrency =
      (await flavour.number(
        {
          field: "MaxConcurrency",
          value: definition.MaxConcurrency,
          pathField: "MaxConcurrencyPath",
          path: definition.MaxConcurrencyPath,
          kind: "integer",
        },
        { ...io, scope: { ...io.scope, input } },
      )) ?? 0;
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
    await startIterations(ctx, frame, state, progress);
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
          await startIterations(ctx, frame, state, progress);
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
        return { kind: "failed", error: aslErrorOf(signal.error, signal.cause), closingEvent: "MapStateFailed" };
      case "timer":
      case "task-succeeded":
      case "task-failed":
      case "task-heartbeat":
        return BLOCKED;
    }
  },
};

async function startIterations(ctx: StepContext, frame: Frame, state: MapCompiled, progress: MapProgress): Promise<void> {
  const definition = state.definition;
  const flavour = flavourOf(state.queryLanguage);
  const selector = definition.ItemSelector ?? definition.Parameters;
  const machineKey = state.children[0] as string;
  while (progress.running < progress.maxConcurrency && progress.nextIndex < progress.items.length) {
    const index = progress.nextIndex++;
    const value = progress.items[index] as Json;
    const mapItem = { index, value };
    let input = value;
    if (selector !== undefined) {
      const io = ctx.stateIo({ ...frame, mapItem }, frame.input);
      input = await flavour.template("ItemSelector", selector, io, progress.input);
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

async function succeed(ctx: StepContext, frame: Frame, state: MapCompiled, progress: MapProgress): Promise<StateOutcome> {
  // AWS links both the succeeded and the exited event to the last iteration event.
  const last = ctx.lastEventId();
  ctx.emit(frame, "MapStateSucceeded", undefined, { previousEventId: last, advance: false });
  frame.lastEventId = last;
  const io = ctx.stateIo(frame, frame.input);
  const exit = await flavourOf(state.queryLanguage).exit(state.definition, io, { value: progress.results, isResult: true });
  return transitionTo(exit, state.definition.Next);
}
