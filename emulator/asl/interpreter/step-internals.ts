/** What the parts of a step (state template, recovery, frame completion, execution end) share beyond a state's StepContext. */
import type { CompiledState, Program } from "../definition/program";
import type { EventLog } from "../history/event-log";
import type { ChildEventLog } from "./child-history-events";
import type { Effect } from "./effects";
import type { Frame } from "./frame";
import type { FrameTree } from "./frame-tree";
import type { FrameSignal } from "./signals";
import type { StepContext } from "./step-context";
import type { ExecutionOutcome } from "./step-result";

export interface StepInternals extends StepContext {
  readonly program: Program;
  readonly log: EventLog;
  readonly tree: FrameTree;
  readonly effects: Effect[];
  /** The events of DISTRIBUTED Map children this step ran, for history listeners. */
  readonly childEvents: ChildEventLog;
  /** Runs `signal` on the frame once the current frame blocks or ends. */
  enqueue(frameId: string, signal: FrameSignal | "enter" | "redrive"): void;
  /** Ends the execution with `outcome`; its closing event is already written. */
  finish(outcome: ExecutionOutcome): void;
  stateOf(frame: Frame): CompiledState;
  /** Forgets the timers and task of a state the frame has left; the runtime releases them. */
  clearWaits(frame: Frame): void;
  removeFrame(frame: Frame): void;
}
