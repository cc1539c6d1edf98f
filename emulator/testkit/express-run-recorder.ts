/**
 * What lets `emu.run` await an Express execution, which keeps no history AWS could return: a history
 * listener in the emulator's process that records Express executions' events while a run is pending.
 */
import type { HistoryEvent } from "../asl";
import type { HistoryListener } from "../runtime/history-listener";
import type { ExecutionRecord } from "../store/records";

/** An ended Express execution: its last record and every event it wrote. */
export interface RecordedRun {
  record: ExecutionRecord;
  events: HistoryEvent[];
}

interface Recording {
  events: HistoryEvent[];
  ended?: ExecutionRecord;
  waiter?: { resolve(run: RecordedRun): void; reject(error: Error): void };
}

/**
 * Records the events of every Express execution while at least one run is pending: a run cannot
 * name its execution before StartExecution answers, and by then the execution may have ended.
 * With no run pending it keeps nothing, so other executions pay one comparison per step.
 */
export class ExpressRunRecorder implements HistoryListener {
  private pending = 0;
  /** Counts resets: a run begun before one cannot find its execution after it. */
  private resets = 0;
  private readonly recordings = new Map<string, Recording>();

  onEvents(execution: ExecutionRecord, events: readonly HistoryEvent[]): void {
    if (this.pending === 0 || execution.type !== "EXPRESS") return;
    const recording = this.recordingOf(execution.executionArn);
    // One step may write tens of thousands of events (an inline Map): too many to spread as arguments.
    for (const event of events) recording.events.push(event);
    if (execution.status === "RUNNING") return;
    recording.ended = execution;
    recording.waiter?.resolve({ record: execution, events: recording.events });
  }

  /** Records until `release` is called (once is enough; more are ignored); start the execution after this. */
  begin(): { ended(executionArn: string, timeoutMs: number): Promise<RecordedRun>; release(): void } {
    this.pending += 1;
    const taken: string[] = [];
    let released = false;
    const resets = this.resets;
    return {
      ended: (executionArn, timeoutMs) => {
        if (resets !== this.resets) return Promise.reject(resetError(executionArn));
        taken.push(executionArn);
        return this.ended(executionArn, timeoutMs);
      },
      release: () => {
        if (released) return;
        released = true;
        this.pending -= 1;
        for (const executionArn of taken) this.recordings.delete(executionArn);
        if (this.pending === 0) this.recordings.clear();
      },
    };
  }

  /** A reset drops every execution: the runs waiting for one fail now rather than at their timeout. */
  abandon(): void {
    this.resets += 1;
    for (const [executionArn, recording] of this.recordings) recording.waiter?.reject(resetError(executionArn));
    this.recordings.clear();
  }

  private ended(executionArn: string, timeoutMs: number): Promise<RecordedRun> {
    const recording = this.recordingOf(executionArn);
    if (recording.ended) return Promise.resolve({ record: recording.ended, events: recording.events });
    return new Promise((resolve, reject) => {
      // The wait is in real time: a test's patience does not follow the emulator's clock.
      const timer = setTimeout(() => {
        delete recording.waiter;
        reject(new Error(`execution still RUNNING after ${timeoutMs} ms: ${executionArn}`));
      }, timeoutMs);
      recording.waiter = {
        resolve: (run) => {
          clearTimeout(timer);
          resolve(run);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
    });
  }

  private recordingOf(executionArn: string): Recording {
    let recording = this.recordings.get(executionArn);
    if (!recording) {
      recording = { events: [] };
      this.recordings.set(executionArn, recording);
    }
    return recording;
  }
}

function resetError(executionArn: string): Error {
  return new Error(`the emulator was reset while waiting for ${executionArn}`);
}
