/** A store wrapper for fault tests: counts and measures step writes, and fails the ones a test picks. */
import type { StepWrite, Store } from "../store/store";

export interface FaultyStore {
  store: Store;
  /** Fails the `n`th step write from now on (1-based), also when it is retried alone. */
  failWrite(n: number, options?: { alsoFollowing?: boolean; alsoMarks?: boolean }): void;
  /** Step writes seen so far. */
  readonly writes: number;
  /** Bytes of frame and frame-value JSON written so far. */
  readonly frameBytes: number;
}

export function faultyStore(inner: Store): FaultyStore {
  let writes = 0;
  let frameBytes = 0;
  let failAt = Infinity;
  let failFollowing = false;
  let failMarks = false;
  const failing = new WeakSet<StepWrite>();
  // A write retried alone after its batch failed is counted once.
  const seen = new WeakSet<StepWrite>();
  const check = (write: StepWrite): void => {
    if (failing.has(write)) throw new Error("injected write failure");
    if (seen.has(write)) return;
    seen.add(write);
    writes += 1;
    if (writes === failAt || (failFollowing && writes > failAt)) {
      failing.add(write);
      throw new Error("injected write failure");
    }
    for (const frame of write.upsertFrames) {
      frameBytes += JSON.stringify(frame.data).length + (frame.input === undefined ? 0 : JSON.stringify(frame.input).length);
    }
    for (const value of write.values ?? []) frameBytes += JSON.stringify(value.data).length;
  };
  const store: Store = new Proxy(inner, {
    get(target, property, receiver) {
      if (property === "applyStep") {
        return (write: StepWrite) => {
          check(write);
          target.applyStep(write);
        };
      }
      if (property === "applySteps") {
        return (batch: readonly StepWrite[]) => {
          // A batch fails whole, as a transaction does; the group commit then retries each write alone.
          let failed: unknown;
          for (const write of batch) {
            try {
              check(write);
            } catch (error) {
              failed = error;
            }
          }
          if (failed !== undefined) throw failed;
          target.applySteps(batch);
        };
      }
      if (property === "recordStuckStep" && failMarks) {
        return () => {
          throw new Error("injected mark failure");
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return {
    store,
    failWrite(n, options = {}) {
      failAt = writes + n;
      failFollowing = options.alsoFollowing === true;
      failMarks = options.alsoMarks === true;
    },
    get writes() {
      return writes;
    },
    get frameBytes() {
      return frameBytes;
    },
  };
}
