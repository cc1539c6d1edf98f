/**
 * Runs each step transactionally: the step computes on copies of the committed snapshot, its
 * result is written in one transaction (group commit), and only then does it become the
 * execution's snapshot and are its effects performed. A step that throws or cannot be written
 * ends the execution FAILED with States.Runtime, computed from the last committed snapshot.
 */
import { ExecutionStep } from "../asl";
import { applyStepResult } from "../asl";
import type { InterpreterPorts } from "../asl";
import type { StepResult } from "../asl";
import type { ExecutionRecord } from "../store/records";
import type { StepWatch, StepWrite, Store } from "../store/store";
import type { EffectPerformer } from "./effect-performer";
import { frameToRecord, valueToRecord } from "./frame-codec";
import type { GroupCommit } from "./group-commit";
import type { HistoryListener } from "./history-listener";
import type { LiveExecution } from "./live-execution";
import type { Logger } from "./logger";
import type { ProgressTracker } from "./progress-tracker";
import { withSflResourceNaming } from "./sfl-history-events";
import type { CompatMode } from "../config";

export interface StepRunnerOptions {
  store: Store;
  commits: GroupCommit;
  ports: InterpreterPorts;
  logger: Logger;
  now: () => number;
  watch: StepWatch;
  /** Counts the steps in hand, for the virtual and auto clocks. */
  progress: ProgressTracker;
  /** Told about each step's events once they are committed. */
  historyListeners: readonly HistoryListener[];
  /** Called once a step that ended the execution is committed (or given up on). */
  onEnded: (live: LiveExecution) => void;
  /** `stepfunctions-local` records events under Step Functions Local's naming. */
  compat: CompatMode;
}

export class StepRunner {
  effects: EffectPerformer | undefined;
  private closed = false;
  /** Steps compute one at a time, so the step watch always names the execution whose code is running. */
  private computing: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: StepRunnerOptions) {}

  close(): void {
    this.closed = true;
  }

  /** Queues a step for the execution, after the steps already queued for it. */
  schedule(live: LiveExecution, run: (step: ExecutionStep) => Promise<StepResult>): void {
    const { progress, logger } = this.options;
    progress.begin();
    live.chain = live.chain
      .then(async () => {
        if (live.ended || this.closed) return;
        const result = await this.compute(live, run);
        const named = this.options.compat === "stepfunctions-local" ? { ...result, events: result.events.map(withSflResourceNaming) } : result;
        await this.commit(live, named);
      })
      .catch((error: unknown) => {
        // Only a bug in the runner itself reaches here; the chain stays usable for the stop that may follow.
        logger.error(`execution ${live.record.executionArn}: step failed`, error);
      })
      .finally(() => progress.end());
  }

  private compute(live: LiveExecution, run: (step: ExecutionStep) => Promise<StepResult>): Promise<StepResult> {
    const { ports, watch, logger } = this.options;
    const next = this.computing.then(async () => {
      watch.begin(live.record.executionArn);
      try {
        return await run(new ExecutionStep(live.program, live.info, live.snapshot, ports));
      } catch (error) {
        logger.error(`execution ${live.record.executionArn} failed inside the interpreter`, error);
        return this.failure(live, `The interpreter failed: ${messageOf(error)}`);
      } finally {
        watch.end();
      }
    });
    this.computing = next.catch(() => undefined);
    return next;
  }

  /** Writes the step, then makes it the snapshot; a write that fails ends the execution FAILED instead. */
  private async commit(live: LiveExecution, result: StepResult): Promise<void> {
    const { logger, store } = this.options;
    let committed = result;
    let record: ExecutionRecord;
    try {
      record = await this.write(live, result);
    } catch (error) {
      logger.error(`execution ${live.record.executionArn}: step not persisted`, error);
      committed = this.failure(live, `The step could not be written: ${messageOf(error)}`);
      try {
        record = await this.write(live, committed);
      } catch (again) {
        // Not even the failure could be written: the next start fails the execution from this mark.
        logger.error(`execution ${live.record.executionArn}: failure not persisted`, again);
        if (live.durable) markForFailure(store, live.record.executionArn, `The step could not be written: ${messageOf(again)}`, logger);
        this.end(live);
        return;
      }
    }
    live.record = record;
    applyStepResult(live.snapshot, committed);
    this.tellListeners(live, committed);
    this.effects?.perform(live, committed);
    if (committed.outcome) this.end(live);
  }

  private tellListeners(live: LiveExecution, result: StepResult): void {
    const { childEvents, events } = result;
    if (events.length === 0 && childEvents === undefined) return;
    for (const listener of this.options.historyListeners) {
      try {
        // Children first: their events came before the parent's end, which lets listeners forget the execution.
        if (childEvents !== undefined) listener.onChildEvents?.(live.record, childEvents);
        if (events.length > 0) listener.onEvents(live.record, events);
      } catch (error) {
        this.options.logger.error("a history listener threw", error);
      }
    }
  }

  private end(live: LiveExecution): void {
    live.ended = true;
    this.effects?.release(live);
    this.options.onEnded(live);
  }

  /** The last committed snapshot, ended FAILED with States.Runtime. */
  private failure(live: LiveExecution, cause: string): StepResult {
    return new ExecutionStep(live.program, live.info, live.snapshot, this.options.ports).fail(cause);
  }

  /** The record this step makes, written with the step; the live record is left as it was. */
  private async write(live: LiveExecution, result: StepResult): Promise<ExecutionRecord> {
    const record: ExecutionRecord = { ...live.record, runtime: { ...result.cursor } };
    const outcome = result.outcome;
    if (outcome) {
      record.status = outcome.status;
      record.stopDate = this.options.now();
      if (outcome.status === "SUCCEEDED") {
        record.output = outcome.outputText ?? JSON.stringify(outcome.output);
      } else {
        if (outcome.error !== undefined) record.error = outcome.error;
        if (outcome.cause !== undefined) record.cause = outcome.cause;
      }
    }
    if (!live.durable) return record;
    const write: StepWrite = {
      execution: record,
      events: result.events,
      upsertFrames: result.changedFrames.map(frameToRecord),
      deleteFrames: result.deletedFrameIds,
      // A failed execution keeps its root frame for RedriveExecution; the step lists what else to delete.
      deleteAllFrames: outcome?.status === "SUCCEEDED",
      clearValues: result.clearedValueFrameIds,
      values: result.valueChanges.map(valueToRecord),
    };
    await this.options.commits.write(write);
    return record;
  }
}

function markForFailure(store: Store, executionArn: string, cause: string, logger: Logger): void {
  try {
    store.recordStuckStep(executionArn, cause);
  } catch (error) {
    logger.error(`execution ${executionArn}: could not mark it failed`, error);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
