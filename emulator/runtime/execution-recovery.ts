/**
 * Resumes the executions that were running when the emulator last stopped, a batch at a time with
 * the event loop free in between, so the server answers while thousands resume. Executions whose
 * step never returned (or could not be written) are failed first, not run again.
 */
import type { InterpreterPorts } from "../asl";
import type { Json } from "../shared/json";
import type { ExecutionRecord } from "../store/records";
import type { Store } from "../store/store";
import { snapshotFromRecords } from "./frame-codec";
import type { Logger } from "./logger";
import type { ProgramCache } from "./program-cache";
import { endStoredExecution } from "./stored-execution-step";

/** Executions resumed per turn of the event loop. */
const BATCH = 100;

export interface RecoveryOptions {
  store: Store;
  programs: ProgramCache;
  ports: InterpreterPorts;
  logger: Logger;
  now: () => number;
  /** Starts driving a recovered execution; false when it is already driven (a stop or redrive got there first). */
  resume: (record: ExecutionRecord, input: Json, snapshot: ReturnType<typeof snapshotFromRecords>) => boolean;
  /** Whether the runtime is shutting down. */
  closed: () => boolean;
}

/** Fails the stuck executions, then lists the running ones and resumes them in the background; answers how many there are. */
export function recoverExecutions(options: RecoveryOptions): { count: number; done: Promise<void> } {
  const { store, logger } = options;
  for (const stuck of store.takeStuckSteps()) {
    const record = store.getExecution(stuck.executionArn);
    if (record?.status !== "RUNNING") continue;
    logger.warn(`execution ${stuck.executionArn} failed: ${stuck.cause}`);
    endStoredExecution(options, record, { type: "fail", cause: stuck.cause });
  }
  const arns = store.listRunningExecutionArns();
  return { count: arns.length, done: resumeInBatches(options, arns) };
}

async function resumeInBatches(options: RecoveryOptions, arns: string[]): Promise<void> {
  for (let start = 0; start < arns.length; start += BATCH) {
    await new Promise((resolve) => setImmediate(resolve));
    if (options.closed()) return;
    for (const arn of arns.slice(start, start + BATCH)) resumeOne(options, arn);
  }
}

function resumeOne(options: RecoveryOptions, arn: string): void {
  const { store, logger } = options;
  // Read again: a StopExecution may have ended it since the list was taken.
  const record = store.getExecution(arn);
  if (record?.status !== "RUNNING") return;
  try {
    const snapshot = snapshotFromRecords(record.runtime, store.getFrames(arn), store.getFrameValues(arn));
    options.resume(record, JSON.parse(record.input) as Json, snapshot);
  } catch (error) {
    logger.error(`execution ${arn} could not be resumed`, error);
    try {
      endStoredExecution(options, record, { type: "fail", cause: `The execution could not be resumed: ${error instanceof Error ? error.message : String(error)}` });
    } catch (again) {
      logger.error(`execution ${arn} could not be failed`, again);
    }
  }
}
