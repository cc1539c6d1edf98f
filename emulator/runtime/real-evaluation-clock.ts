/** The evaluation budgets' clock in a running emulator: real monotonic time, pauses via setImmediate. */
import type { EvaluationClock } from "../asl";

export const REAL_EVALUATION_CLOCK: EvaluationClock = {
  elapsed: () => performance.now(),
  // setImmediate runs after pending I/O callbacks, so waiting requests are served before the evaluation goes on.
  pause: () => new Promise<void>((resolve) => setImmediate(resolve)),
};
