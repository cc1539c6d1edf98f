/**
 * The port through which a long evaluation measures its own running time and lets the rest of the
 * process in. The runtime supplies real time (not the execution's clock, which a test may stop)
 * and a pause that resolves on a later turn of the event loop.
 */
export interface EvaluationClock {
  /** Monotonic milliseconds. */
  elapsed(): number;
  /** Resolves after other pending work (I/O, timers, other requests) has had its turn. */
  pause(): Promise<void>;
}
