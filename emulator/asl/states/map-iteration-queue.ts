/** Which iterations of an inline Map are still to start: those a redrive runs again first, then the items not reached yet. */
import type { Json } from "../../shared/json";

/** The part of a Map's progress that orders its iterations. */
export interface IterationQueue {
  items: Json[];
  nextIndex: number;
  /** Iterations to run again (a redrive), before `nextIndex`. */
  redo?: number[];
  /** Which iterations succeeded: a redrive runs only the others. */
  succeededItems?: boolean[];
}

export function hasIterationsToStart(queue: IterationQueue): boolean {
  return (queue.redo?.length ?? 0) > 0 || queue.nextIndex < queue.items.length;
}

/** The index of the next iteration to start; call only when hasIterationsToStart. */
export function takeIteration(queue: IterationQueue): number {
  return queue.redo?.shift() ?? queue.nextIndex++;
}

export function markSucceeded(queue: IterationQueue, index: number): void {
  if (queue.succeededItems !== undefined) queue.succeededItems[index] = true;
}

/**
 * Queues the started iterations that did not succeed (they failed, or were aborted or stopped) for a
 * redrive; false when the progress cannot tell (kept by an older version) or nothing is left to run.
 */
export function queueUnsucceeded(queue: IterationQueue): boolean {
  const succeeded = queue.succeededItems;
  if (!Array.isArray(succeeded) || succeeded.length !== queue.items.length) return false;
  queue.redo = [];
  for (let index = 0; index < queue.nextIndex; index++) if (succeeded[index] !== true) queue.redo.push(index);
  return hasIterationsToStart(queue);
}
