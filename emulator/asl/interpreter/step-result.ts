/** What one step of an execution hands the runtime: events, effects, the snapshot changes and how the execution ended. */
import type { Json } from "../../shared/json";
import type { ChildExecutionEvent } from "../history/child-execution-event";
import type { HistoryEvent } from "../history/history-event";
import type { Effect } from "./effects";
import type { Frame } from "./frame";

export const ROOT_FRAME_ID = "root";

/** AWS's quota on a Standard execution's history. */
export const MAX_HISTORY_EVENTS = 25_000;

/** How an execution ended, when a step ends it. */
export type ExecutionOutcome =
  | {
      status: "SUCCEEDED";
      output: Json;
      /** The output as ExecutionSucceeded wrote it, when that is not the value's own serialisation (`0.0`). */
      outputText?: string;
    }
  | { status: "FAILED" | "TIMED_OUT" | "ABORTED"; error?: string; cause?: string };

/** The interpreter's persistent bookkeeping beside the frames. */
export interface ExecutionCursor {
  nextEventId: number;
  nextSeq: number;
}

/** A frame the step created or changed: a new object, the snapshot's own is left as it was. */
export interface ChangedFrame {
  frame: Frame;
  /** The frame's input changed (or the frame is new): its large, rarely changing part is written again. */
  inputChanged: boolean;
}

/** One keyed value a frame keeps in a row of its own (a Map's items and results), set by this step. */
export interface FrameValueChange {
  frameId: string;
  key: string;
  value: Json;
}

export interface StepResult {
  events: HistoryEvent[];
  effects: Effect[];
  changedFrames: ChangedFrame[];
  deletedFrameIds: string[];
  /** Frames whose values were all dropped before `valueChanges` apply (a state entered again). */
  clearedValueFrameIds: string[];
  valueChanges: FrameValueChange[];
  cursor: ExecutionCursor;
  outcome?: ExecutionOutcome;
  /** Set when DISTRIBUTED Map children wrote events in this step, which the parent's history leaves out. */
  childEvents?: ChildExecutionEvent[];
}
