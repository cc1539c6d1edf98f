/** The Map state: starting iterations (child frames) as concurrency allows, collecting their results, reading items and writing results through the runtime. */
import type { Json } from "../../shared/json";
import type { MapState } from "../definition/types";
import { AslError } from "../errors/asl-error";
import { aslErrorOf } from "../errors/partial-asl-error";
import { flavourOf } from "../io/flavour-of";
import type { Frame } from "../interpreter/frame";
import { BLOCKED, type StateOutcome } from "../interpreter/outcome";
import type { StateHandler } from "../interpreter/state-handler";
import type { ChildSpec, StepContext } from "../interpreter/step-context";
import { isProgressOf, progressOf } from "../interpreter/state-progress";
import { transitionTo } from "./state-exit";
import type { MapCompiled, MapProgress } from "./map-progress";
import { failRun, mapRunArn, reportChild, reportRun, toleratedFailures } from "./map-run";
import {
  allRecords,
  allResults,
  itemAt,
  mapInput,
  recordAt,
  storeItems,
  storeMapInput,
  storeRecord,
  storeResult,
} from "./map-iteration-values";
import { ITEM_READER_FAILED, readerItems } from "./item-reader-parsing";
import { requestItems } from "./map-item-reader";
import { batchItems, isBatched } from "./map-item-batcher";
import { hasIterationsToStart, markSucceeded, queueUnsucceeded, takeIteration } from "./map-iteration-queue";
import {
  exportedOutput,
  exportsResults,
  keepsChildRecords,
  planResultWrite,
  RESULT_WRITER_FAILED,
  shapedResults,
  writeNext,
} from "./map-result-writer";

/** Map, INLINE and DISTRIBUTED: one child frame per item, at most MaxConcurrency at a time, results in item order. */
export const mapState: StateHandler<MapState> = {
  async start(ctx, frame, state) {
    const definition = state.definition;
    const flavour = flavourOf(state.queryLanguage);
    const io = ctx.stateIo(frame, frame.input);
    const input = await flavour.selectedInput(definition, io);
    // With an ItemReader AWS ignores ItemsPath: the items are what the reader reads, later.
    const itemReader = state.itemReader;
    const reading = itemReader !== undefined;
    const items = reading ? [] : await itemsToRun(ctx, frame, state, input, await flavour.items(definition, io, input));
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
    const processorConfig = (definition.ItemProcessor ?? definition.Iterator)?.ProcessorConfig;
    const distributed = processorConfig?.Mode === "DISTRIBUTED";
    // A DISTRIBUTED reader reads inside its map run, which AWS starts with no items counted.
    if (!reading || distributed) ctx.emit(frame, "MapStateStarted", { key: "mapStateStartedEventDetails", value: { length: items.length } });
    const inputIo = { ...io, scope: { ...io.scope, input } };
    const tolerance = await toleratedFailures(state, inputIo);
    storeMapInput(ctx, frame, input);
    storeItems(ctx, frame, items);
    const progress: MapProgress = {
      kind: "map",
      total: items.length,
      nextIndex: 0,
      running: 0,
      maxConcurrency: maxConcurrency === 0 ? items.length : maxConcurrency,
      distributed,
      succeeded: 0,
      failures: 0,
      toleratedCount: tolerance.count,
      toleratedPercentage: tolerance.percentage,
      maxConcurrencySetting: maxConcurrency,
    };
    if (isBatched(state)) progress.batched = true;
    if (keepsChildRecords(state)) progress.keepsRecords = true;
    frame.progress = progress;
    if (distributed) {
      progress.mapRunArn = mapRunArn(ctx, definition.Label ?? state.name);
      progress.childType = processorConfig?.ExecutionType === "EXPRESS" ? "EXPRESS" : "STANDARD";
      ctx.emit(frame, "MapRunStarted", { key: "mapRunStartedEventDetails", value: { mapRunArn: progress.mapRunArn } });
    }
    if (reading) {
      progress.reader = await requestItems(ctx, frame, state, itemReader, io, input);
      reportRun(ctx, progress, "RUNNING");
      return BLOCKED;
    }
    if (items.length === 0) return succeed(ctx, frame, state, progress);
    await startIterations(ctx, frame, state, progress);
    return BLOCKED;
  },

  /**
   * A Map runs again only its iterations that did not succeed, keeping the others' results; a
   * DISTRIBUTED Map's run is redriven (MapRunRedriven) with only its unsuccessful iterations.
   */
  async redrive(ctx, frame, state) {
    const progress = frame.progress;
    // A Map that failed reading its items or writing its results runs again whole.
    if (!isProgressOf(progress, "map") || progress.reader !== undefined || progress.writer !== undefined) return undefined;
    if (!queueUnsucceeded(ctx, frame, progress)) return undefined;
    progress.running = 0;
    if (progress.mapRunArn !== undefined) {
      progress.failures = 0;
      progress.runRedriveCount = (progress.runRedriveCount ?? 0) + 1;
      const details = { mapRunArn: progress.mapRunArn, redriveCount: progress.runRedriveCount };
      ctx.emit(frame, "MapRunRedriven", { key: "mapRunRedrivenEventDetails", value: details });
    }
    await startIterations(ctx, frame, state, progress);
    return BLOCKED;
  },

  async resume(ctx, frame, state, signal): Promise<StateOutcome> {
    const progress = progressOf(frame, "map");
    const details = (index: number) => ({ index, name: state.name });
    switch (signal.type) {
      case "child-succeeded":
        if (!progress.distributed) {
          ctx.emit(
            frame,
            "MapIterationSucceeded",
            { key: "mapIterationSucceededEventDetails", value: details(signal.childIndex) },
            { previousEventId: signal.lastEventId, advance: false },
          );
          frame.lastEventId = signal.lastEventId;
        }
        storeResult(ctx, frame, signal.childIndex, signal.output);
        childEnded(ctx, frame, signal.childIndex, "SUCCEEDED");
        reportChild(ctx, progress, { index: signal.childIndex, status: "SUCCEEDED", output: signal.output });
        progress.running -= 1;
        progress.succeeded += 1;
        markSucceeded(ctx, frame, signal.childIndex);
        if (hasIterationsToStart(ctx, frame, progress)) {
          await startIterations(ctx, frame, state, progress);
          return BLOCKED;
        }
        if (progress.running > 0) return BLOCKED;
        return succeed(ctx, frame, state, progress);
      case "child-failed":
        childEnded(ctx, frame, signal.childIndex, "FAILED");
        if (progress.distributed) {
          reportChild(ctx, progress, {
            index: signal.childIndex,
            status: "FAILED",
            ...(signal.error === undefined ? {} : { error: signal.error }),
            ...(signal.cause === undefined ? {} : { cause: signal.cause }),
          });
          return iterationFailedInRun(ctx, frame, state, progress, signal);
        }
        ctx.emit(
          frame,
          "MapIterationFailed",
          { key: "mapIterationFailedEventDetails", value: details(signal.childIndex) },
          { previousEventId: signal.lastEventId, advance: false },
        );
        frame.lastEventId = signal.lastEventId;
        ctx.abandonChildren(frame);
        return { kind: "failed", error: aslErrorOf(signal.error, signal.cause), closingEvent: "MapStateFailed" };
      case "task-succeeded":
      case "task-failed":
        return taskAnswered(ctx, frame, state, progress, signal);
      case "timer":
      case "task-heartbeat":
        return BLOCKED;
    }
  },
};

async function startIterations(ctx: StepContext, frame: Frame, state: MapCompiled, progress: MapProgress): Promise<void> {
  const definition = state.definition;
  const flavour = flavourOf(state.queryLanguage);
  const selector = definition.ItemSelector ?? definition.Parameters;
  const machineKey = state.children[0];
  if (machineKey === undefined) throw new AslError("States.Runtime", `The Map state '${state.name}' has no ItemProcessor`);
  const input0 = selector !== undefined && progress.batched !== true ? mapInput(ctx, frame) : null;
  while (progress.running < progress.maxConcurrency && hasIterationsToStart(ctx, frame, progress)) {
    const index = takeIteration(ctx, frame, progress);
    const value = itemAt(ctx, frame, index);
    const mapItem = { index, value };
    let input = value;
    if (selector !== undefined && progress.batched !== true) {
      const io = ctx.stateIo({ ...frame, mapItem }, frame.input);
      input = await flavour.template("ItemSelector", selector, io, input0);
    }
    let name: string | undefined;
    if (progress.keepsRecords === true) {
      name = ctx.ports.uuid();
      storeRecord(ctx, frame, index, { name, input, startDate: ctx.ports.now(), stopDate: null, status: null });
    }
    reportChild(ctx, progress, { index, status: "RUNNING", input, ...(name === undefined ? {} : { name }) });
    const startedId = progress.distributed
      ? frame.lastEventId
      : ctx.emit(
          frame,
          "MapIterationStarted",
          { key: "mapIterationStartedEventDetails", value: { index, name: state.name } },
          { advance: false },
        );
    progress.running += 1;
    const spec: ChildSpec = { machineKey, input, childIndex: index, lastEventId: startedId, mapItem, silent: progress.distributed };
    // A STANDARD child keeps a history of its own: its first event follows its ExecutionStarted (-1 here).
    if (progress.childType === "STANDARD" && progress.mapRunArn !== undefined) {
      spec.childHistory = { mapRunArn: progress.mapRunArn, index };
      spec.lastEventId = -1;
    }
    ctx.spawnChild(frame, spec);
  }
  reportRun(ctx, progress, "RUNNING");
}

async function succeed(ctx: StepContext, frame: Frame, state: MapCompiled, progress: MapProgress): Promise<StateOutcome> {
  if (exportsResults(state) && progress.mapRunArn !== undefined && progress.writer === undefined) {
    const run = { mapRunArn: progress.mapRunArn, results: allResults(ctx, frame, progress.total), records: allRecords(ctx, frame, progress.total) };
    const plan = await planResultWrite(state, ctx.stateIo(frame, frame.input), mapInput(ctx, frame), run);
    progress.writer = plan;
    writeNext(ctx, frame, state, plan);
    return BLOCKED;
  }
  reportRun(ctx, progress, "SUCCEEDED");
  if (progress.distributed) {
    // Since late 2024 AWS links MapStateSucceeded to MapRunSucceeded and MapStateExited to MapRunStarted.
    const runStartedId = frame.lastEventId;
    const runSucceededId = ctx.emit(frame, "MapRunSucceeded");
    ctx.emit(frame, "MapStateSucceeded", undefined, { previousEventId: runSucceededId, advance: false });
    frame.lastEventId = runStartedId;
  } else {
    // AWS links both the succeeded and the exited event to the last iteration event.
    const last = ctx.lastEventId();
    ctx.emit(frame, "MapStateSucceeded", undefined, { previousEventId: last, advance: false });
    frame.lastEventId = last;
  }
  const io = ctx.stateIo(frame, frame.input);
  const value =
    progress.writer !== undefined && progress.mapRunArn !== undefined
      ? exportedOutput(progress.writer, progress.mapRunArn)
      : shapedResults(
          state,
          allResults(ctx, frame, progress.total),
          progress.keepsRecords === true ? allRecords(ctx, frame, progress.total) : undefined,
          progress.mapRunArn,
        );
  const exit = await flavourOf(state.queryLanguage).exit(state.definition, io, { value, isResult: true });
  return transitionTo(exit, state.definition.Next);
}

/** A failed iteration of a map run: tolerated (its error becomes its result) or the end of the run. */
function iterationFailedInRun(
  ctx: StepContext,
  frame: Frame,
  state: MapCompiled,
  progress: MapProgress,
  signal: { childIndex: number; error?: string; cause?: string },
): Promise<StateOutcome> | StateOutcome {
  progress.failures += 1;
  progress.running -= 1;
  const result: Json = {};
  if (signal.error !== undefined) result.Error = signal.error;
  if (signal.cause !== undefined) result.Cause = signal.cause;
  storeResult(ctx, frame, signal.childIndex, result);
  const total = progress.total;
  const tolerated =
    progress.failures <= progress.toleratedCount || (total > 0 && (progress.failures / total) * 100 <= progress.toleratedPercentage);
  if (!tolerated) {
    ctx.abandonChildren(frame);
    const cause = "The specified tolerated failure threshold was exceeded";
    ctx.emit(frame, "MapRunFailed", { key: "mapRunFailedEventDetails", value: { error: "States.ExceedToleratedFailureThreshold", cause } });
    reportRun(ctx, progress, "FAILED");
    return { kind: "failed", error: new AslError("States.ExceedToleratedFailureThreshold", cause), closingEvent: "MapStateFailed" };
  }
  if (hasIterationsToStart(ctx, frame, progress)) {
    return startIterations(ctx, frame, state, progress).then(() => BLOCKED);
  }
  if (progress.running > 0) return BLOCKED;
  return succeed(ctx, frame, state, progress);
}

/** The inputs of the iterations: the items, or with an ItemBatcher the batches of selected items. */
async function itemsToRun(ctx: StepContext, frame: Frame, state: MapCompiled, input: Json, items: Json[]): Promise<Json[]> {
  if (!isBatched(state)) return items;
  const flavour = flavourOf(state.queryLanguage);
  const selector = state.definition.ItemSelector ?? state.definition.Parameters;
  const selected: Json[] = [];
  for (const [index, value] of items.entries()) {
    if (selector === undefined) {
      selected.push(value);
      continue;
    }
    const io = ctx.stateIo({ ...frame, mapItem: { index, value } }, frame.input);
    selected.push(await flavour.template("ItemSelector", selector, io, input));
  }
  return batchItems(state, ctx.stateIo(frame, frame.input), input, selected);
}

function childEnded(ctx: StepContext, frame: Frame, index: number, status: "SUCCEEDED" | "FAILED"): void {
  const record = recordAt(ctx, frame, index);
  if (record === undefined) return;
  storeRecord(ctx, frame, index, { ...record, status, stopDate: ctx.ports.now() });
}

/** The answer of the ItemReader's read or of one of the ResultWriter's writes. */
async function taskAnswered(
  ctx: StepContext,
  frame: Frame,
  state: MapCompiled,
  progress: MapProgress,
  signal: { type: "task-succeeded"; taskId: string; output: Json } | { type: "task-failed"; taskId: string; error: string; cause: string },
): Promise<StateOutcome> {
  const reader = progress.reader;
  if (reader !== undefined && reader.taskId === signal.taskId) {
    delete progress.reader;
    if (signal.type === "task-failed") return failRun(ctx, frame, progress, ITEM_READER_FAILED, signal.cause);
    let items: Json[];
    try {
      items = await itemsToRun(ctx, frame, state, mapInput(ctx, frame), readerItems(signal.output, reader.settings));
    } catch (error) {
      if (error instanceof AslError && error.error === ITEM_READER_FAILED) return failRun(ctx, frame, progress, error.error, error.cause);
      throw error;
    }
    return beginIterations(ctx, frame, state, progress, items);
  }
  const writer = progress.writer;
  if (writer !== undefined && writer.taskId === signal.taskId) {
    if (signal.type === "task-failed") return failRun(ctx, frame, progress, RESULT_WRITER_FAILED, signal.cause);
    if (writeNext(ctx, frame, state, writer)) return BLOCKED;
    return succeed(ctx, frame, state, progress);
  }
  return BLOCKED;
}

/** Runs the items an ItemReader read; an inline Map announces them only now. */
async function beginIterations(ctx: StepContext, frame: Frame, state: MapCompiled, progress: MapProgress, items: Json[]): Promise<StateOutcome> {
  storeItems(ctx, frame, items);
  progress.total = items.length;
  const setting = progress.maxConcurrencySetting ?? 0;
  progress.maxConcurrency = setting === 0 ? items.length : setting;
  if (!progress.distributed) ctx.emit(frame, "MapStateStarted", { key: "mapStateStartedEventDetails", value: { length: items.length } });
  if (items.length === 0) return succeed(ctx, frame, state, progress);
  await startIterations(ctx, frame, state, progress);
  return BLOCKED;
}
