/**
 * An execution's state between steps: its frames, the values they keep in rows of their own, and
 * the cursor. A step never edits it; the runtime applies a step's result once it is on disk.
 */
import type { Json } from "../../shared/json";
import type { Frame } from "./frame";
import type { ExecutionCursor, StepResult } from "./step-result";

export interface ExecutionSnapshot {
  frames: Map<string, Frame>;
  /** Per frame, its keyed values (a Map's items, results, child records). */
  values: Map<string, Map<string, Json>>;
  cursor: ExecutionCursor;
}

export function emptySnapshot(cursor: ExecutionCursor = { nextEventId: 1, nextSeq: 0 }): ExecutionSnapshot {
  return { frames: new Map(), values: new Map(), cursor };
}

/** Makes a committed step's result the snapshot: the only place a snapshot changes. */
export function applyStepResult(snapshot: ExecutionSnapshot, result: StepResult): void {
  for (const id of result.deletedFrameIds) {
    snapshot.frames.delete(id);
    snapshot.values.delete(id);
  }
  for (const id of result.clearedValueFrameIds) snapshot.values.delete(id);
  for (const { frame } of result.changedFrames) snapshot.frames.set(frame.id, frame);
  for (const change of result.valueChanges) {
    let values = snapshot.values.get(change.frameId);
    if (values === undefined) {
      values = new Map();
      snapshot.values.set(change.frameId, values);
    }
    values.set(change.key, change.value);
  }
  snapshot.cursor = result.cursor;
}
