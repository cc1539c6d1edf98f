/**
 * The contract each state type implements (start, resume, redrive), and the compiled-state type it
 * receives.
 */
import type { CompiledState } from "../definition/program";
import type { TaskResource } from "../definition/task-resource";
import type { StateDefinition, TaskState } from "../definition/types";
import type { Frame } from "./frame";
import type { StateOutcome } from "./outcome";
import type { FrameSignal } from "./signals";
import type { StepContext } from "./step-context";

/** A compiled state of one type: a Task's comes with its resolved resource. */
export type CompiledStateOf<S extends StateDefinition> = CompiledState & { definition: S } & (S extends TaskState ? { resource: TaskResource } : unknown);

/**
 * One state type's own behaviour. The template around it emits the entered and exited events,
 * applies Retry and Catch, and moves the frame on; a handler only does its state's work.
 */
export interface StateHandler<S extends StateDefinition = StateDefinition> {
  /** Runs the state after its entered event, and again for each retry. */
  start(ctx: StepContext, frame: Frame, state: CompiledStateOf<S>): Promise<StateOutcome>;
  /** Continues a blocked state when its timer, task or child reports. */
  resume(
    ctx: StepContext,
    frame: Frame,
    state: CompiledStateOf<S>,
    signal: FrameSignal,
  ): Promise<StateOutcome>;
  /**
   * RedriveExecution of the state the execution ended in, its progress as it was then: goes on with
   * only what did not succeed, or answers undefined for the state to be entered again whole.
   */
  redrive?(ctx: StepContext, frame: Frame, state: CompiledState & { definition: S }): Promise<StateOutcome | undefined>;
}
