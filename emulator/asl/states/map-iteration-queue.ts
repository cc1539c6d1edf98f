/**
 * Which iterations of a Map are still to start: after a redrive, the started ones that did not
 * succeed (scanned once, skipping those marked succeeded), then the items not reached yet.
 */
import type { Frame } from "../interpreter/frame";
import type { StepContext } from "../interpreter/step-context";

/** The part of a Map's progress that orders its iterations. */
export interface IterationQueue {
  total: number;
  nextIndex: number;
  /** During a redrive: the next started iteration to look at, and where the started ones end. */
  redoNext?: number;
  redoEnd?: number;
}

/** Marks an iteration succeeded (a frame value of its own, like its result): a redrive skips it. */
export function markSucceeded(ctx: StepContext, frame: Frame, index: number): void {
  ctx.setFrameValue(frame, `succeeded:${index}`, true);
}

export function hasIterationsToStart(ctx: StepContext, frame: Frame, queue: IterationQueue): boolean {
  skipSucceeded(ctx, frame, queue);
  return (queue.redoNext ?? 0) < (queue.redoEnd ?? 0) || queue.nextIndex < queue.total;
}

/** The index of the next iteration to start; call only when hasIterationsToStart. */
export function takeIteration(ctx: StepContext, frame: Frame, queue: IterationQueue): number {
  skipSucceeded(ctx, frame, queue);
  if (queue.redoNext !== undefined && queue.redoNext < (queue.redoEnd ?? 0)) return queue.redoNext++;
  return queue.nextIndex++;
}

/**
 * Queues the started iterations that did not succeed (they failed, or were aborted or stopped) to
 * run again; false when nothing is left to run.
 */
export function queueUnsucceeded(ctx: StepContext, frame: Frame, queue: IterationQueue): boolean {
  queue.redoNext = 0;
  queue.redoEnd = queue.nextIndex;
  return hasIterationsToStart(ctx, frame, queue);
}

function skipSucceeded(ctx: StepContext, frame: Frame, queue: IterationQueue): void {
  if (queue.redoNext === undefined) return;
  const end = queue.redoEnd ?? 0;
  while (queue.redoNext < end && ctx.frameValue(frame, `succeeded:${queue.redoNext}`) === true) queue.redoNext++;
}
