/**
 * A watchdog thread for steps that never return (a runaway evaluation holding the event loop):
 * the runtime marks each step in shared memory, and when one stays open too long the thread
 * records its execution in `stuck_steps` through its own connection, so that after a kill the
 * next start fails that execution instead of running the same step again.
 */
import type Database from "better-sqlite3";
import { Worker } from "node:worker_threads";
import type { StepWatch } from "../store";

const ARN_BYTES = 2048;
const ENCODER = new TextEncoder();
/** Int32 slots: the step's sequence number, whether a step is open, the ARN's byte length, set by the watchdog when it recorded the step. */
const SEQ = 0;
const OPEN = 1;
const LENGTH = 2;
const RECORDED = 3;

export const NO_STEP_WATCH: StepWatch = { begin: () => undefined, end: () => undefined, close: () => undefined };

/** The watchdog's code, run with `eval` so it loads the same way from sources, tests and the built package. */
const WATCHDOG_SOURCE = `
const { workerData } = require("node:worker_threads");
const Database = require(workerData.sqlitePath);
const slots = new Int32Array(workerData.buffer, 0, 4);
const arnBytes = new Uint8Array(workerData.buffer, 16);
let db;
let seenSeq = -1;
let seenAt = 0;
setInterval(() => {
  const seq = Atomics.load(slots, ${SEQ});
  if (Atomics.load(slots, ${OPEN}) === 0) { seenSeq = -1; return; }
  const now = Date.now();
  if (seq !== seenSeq) { seenSeq = seq; seenAt = now; return; }
  if (now - seenAt < workerData.stuckAfterMs || Atomics.load(slots, ${RECORDED}) === seq) return;
  const arn = Buffer.from(arnBytes.slice(0, Atomics.load(slots, ${LENGTH}))).toString("utf8");
  try {
    db = db || new Database(workerData.file, { timeout: 1000 });
    const cause = "The execution's step ran for more than " + Math.round(workerData.stuckAfterMs / 1000) + " s and held the emulator; it is not run again.";
    db.prepare("INSERT OR REPLACE INTO stuck_steps (execution_arn, cause) VALUES (?, ?)").run(arn, cause);
    Atomics.store(slots, ${RECORDED}, seq);
  } catch (error) {
    // The next tick tries again.
  }
}, Math.min(250, workerData.stuckAfterMs));
`;

export function startStepWatchdog(db: Database.Database, file: string, stuckAfterMs: number): StepWatch {
  const buffer = new SharedArrayBuffer(16 + ARN_BYTES);
  const slots = new Int32Array(buffer, 0, 4);
  const arnBytes = new Uint8Array(buffer, 16);
  const worker = new Worker(WATCHDOG_SOURCE, {
    eval: true,
    workerData: { buffer, file, stuckAfterMs, sqlitePath: require.resolve("better-sqlite3") },
  });
  worker.unref();
  const clear = db.prepare("DELETE FROM stuck_steps WHERE execution_arn = ?");
  let current = "";
  return {
    begin(executionArn) {
      // Steps of one execution follow each other: its ARN is already in the shared buffer.
      if (executionArn !== current) {
        current = executionArn;
        Atomics.store(slots, LENGTH, ENCODER.encodeInto(executionArn, arnBytes).written);
      }
      Atomics.add(slots, SEQ, 1);
      Atomics.store(slots, OPEN, 1);
    },
    end() {
      Atomics.store(slots, OPEN, 0);
      // The step did return: what the watchdog recorded about it no longer holds.
      if (Atomics.load(slots, RECORDED) === Atomics.load(slots, SEQ)) {
        Atomics.store(slots, RECORDED, 0);
        clear.run(current);
      }
    },
    close() {
      void worker.terminate();
    },
  };
}
