/**
 * The time and depth budget of one JSONata evaluation.
 *
 * Mechanism: jsonata 2.x looks up `__evaluate_entry` and `__evaluate_exit` hooks in its
 * environment and *awaits* them around every node it evaluates (its own test suite time-boxes
 * expressions this way). Because they are awaited, the entry hook can both count and pause, so
 * an expression that never ends, or a naive fib(35), runs in slices of a few milliseconds with
 * other clients answered in between, and fails once it has used its budget. A worker thread with
 * a hard stop was the alternative; it would need every binding, AWS function and result copied
 * across threads for every evaluation, which costs more than the hooks on the hot path.
 * Awaiting the entry hook also means each node starts on a fresh stack, so deep recursion in an
 * expression cannot overflow the stack; the depth limit bounds its memory instead.
 */
import type { EvaluationClock } from "../evaluation-clock";

/** Busy time one evaluation may use: far above any sane expression over a 256 KiB payload. */
export const MAX_EVALUATION_MILLIS = 1000;
/** Nodes being evaluated at once (call depth of recursive functions, times a few nodes per call). */
export const MAX_EVALUATION_DEPTH = 10_000;
/** Without a clock (unit tests of the interpreter), a deterministic cap on evaluated nodes. */
export const MAX_EVALUATED_NODES_WITHOUT_CLOCK = 5_000_000;
/** The longest stretch an evaluation holds the event loop before it pauses. */
const SLICE_MILLIS = 10;
/** Nodes evaluated between two looks at the clock: reading it costs more than counting. */
const NODES_PER_CLOCK_READ = 256;

/** Thrown from the hooks; names the limit so the state's cause can say which one was hit. */
export class EvaluationBudgetExceeded extends Error {
  constructor(readonly limit: string) {
    super(`exceeded the evaluation budget: ${limit}`);
    this.name = "EvaluationBudgetExceeded";
  }
}

/** One evaluation's spending. */
export class EvaluationBudget {
  private depth = 0;
  private nodes = 0;
  private busyMillis = 0;
  private sliceStart: number;

  constructor(private readonly clock: EvaluationClock | undefined) {
    this.sliceStart = clock?.elapsed() ?? 0;
  }

  /** Called as a node starts; returns a promise only when the evaluation should pause. */
  enter(): Promise<void> | undefined {
    this.depth += 1;
    if (this.depth > MAX_EVALUATION_DEPTH) {
      throw new EvaluationBudgetExceeded(`it nested more than ${MAX_EVALUATION_DEPTH} evaluations deep`);
    }
    this.nodes += 1;
    const clock = this.clock;
    if (clock === undefined) {
      if (this.nodes > MAX_EVALUATED_NODES_WITHOUT_CLOCK) {
        throw new EvaluationBudgetExceeded(`it evaluated more than ${MAX_EVALUATED_NODES_WITHOUT_CLOCK} nodes`);
      }
      return undefined;
    }
    if (this.nodes % NODES_PER_CLOCK_READ !== 0) return undefined;
    const now = clock.elapsed();
    const slice = now - this.sliceStart;
    if (slice < SLICE_MILLIS) return undefined;
    this.busyMillis += slice;
    if (this.busyMillis > MAX_EVALUATION_MILLIS) {
      throw new EvaluationBudgetExceeded(`it ran for more than ${MAX_EVALUATION_MILLIS} ms`);
    }
    return clock.pause().then(() => {
      this.sliceStart = clock.elapsed();
    });
  }

  /** Called as a node ends (not when it throws: then the whole evaluation is over). */
  exit(): void {
    this.depth -= 1;
  }
}
