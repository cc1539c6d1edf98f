/**
 * A step for an execution the runtime is not driving (a stop that arrives before recovery reached
 * it, a step a watchdog found stuck, a zombie): computed on the snapshot on disk and written at once.
 */
import { ExecutionStep } from "../asl";
import { emptySnapshot, type ExecutionSnapshot } from "../asl";
import type { InterpreterPorts } from "../asl";
import type { StepResult } from "../asl";
import type { Json } from "../shared/json";
import type { ExecutionRecord } from "../store/records";
import type { Store } from "../store/store";
import { frameToRecord, parseCursor, snapshotFromRecords, valueToRecord } from "./frame-codec";
import { liveExecution } from "./live-execution";
import type { ProgramCache } from "./program-cache";

/** The snapshot on disk; one whose rows do not parse (the reason to end the execution) counts as empty. */
export function storedSnapshot(store: Store, record: ExecutionRecord): ExecutionSnapshot {
  try {
    return snapshotFromRecords(record.runtime, store.getFrames(record.executionArn), store.getFrameValues(record.executionArn));
  } catch {
    try {
      return emptySnapshot(parseCursor(record.runtime));
    } catch {
      return emptySnapshot();
    }
  }
}

/** Ends a RUNNING execution in the store: ABORTED by a stop, or FAILED with States.Runtime and `cause`. */
export function endStoredExecution(
  deps: { store: Store; programs: ProgramCache; ports: InterpreterPorts; now: () => number },
  record: ExecutionRecord,
  end: { type: "stop"; error?: string; cause?: string } | { type: "fail"; cause: string },
): void {
  const { store, programs, ports } = deps;
  const snapshot = storedSnapshot(store, record);
  const live = liveExecution(record, programs.get(record.definition), parseInput(record.input), snapshot, true);
  const step = new ExecutionStep(live.program, live.info, snapshot, ports);
  let result: StepResult;
  if (end.type === "fail") {
    result = step.fail(end.cause);
  } else {
    result = step.abort(end.error, end.cause);
  }
  const outcome = result.outcome;
  const ended: ExecutionRecord = { ...record, runtime: { ...result.cursor }, stopDate: deps.now() };
  if (outcome && outcome.status !== "SUCCEEDED") {
    ended.status = outcome.status;
    if (outcome.error !== undefined) ended.error = outcome.error;
    if (outcome.cause !== undefined) ended.cause = outcome.cause;
  }
  store.applyStep({
    execution: ended,
    events: result.events,
    upsertFrames: result.changedFrames.map(frameToRecord),
    deleteFrames: result.deletedFrameIds,
    values: result.valueChanges.map(valueToRecord),
  });
}

function parseInput(text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return null;
  }
}
