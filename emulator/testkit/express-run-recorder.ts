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
  waiter?: (run: RecordedRun) => void;
}

/**
 * Records the events of every Express execution while at least one run is pending: a run cannot
 * name its execution before StartExecution answers, and by then the execution may have ended.
 * With no run pending it keeps nothing, so other executions pay one comparison per step.
 */
export class ExpressRunRecorder implements HistoryListener {
  private pending = 0;
  private readonly recordings = new Map<string, Recording>();

  onEvents(execution: ExecutionRecord, events: readonly HistoryEvent[]): void {
    if (this.pending === 0 || execution.type !== "EXPRESS") return;
    const recording = this.recordingOf(execution.executionArn);
    recording.events.push(...events);
    if (execution.status === "RUNNING") return;
    recording.ended = execution;
    recording.waiter?.({ record: execution, events: recording.events });
  }

  /** Records until `release` is called (once is enough; more are ignored); start the execution after this. */
  begin(): { ended(executionArn: string, timeoutMs: number): Promise<RecordedRun>; release(): void } {
    this.pending += 1;
    const taken: string[] = [];
    let released = false;
    return {
      ended: (executionArn, timeoutMs) => {
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

  private ended(executionArn: string, timeoutMs: number): Promise<RecordedRun> {
    const recording = this.recordingOf(executionArn);
    if (recording.ended) return Promise.resolve({ record: recording.ended, events: recording.events });
    return new Promise((resolve, reject) => {
      // The wait is in real time: a test's patience does not follow the emulator's clock.
      const timer = setTimeout(() => {
        delete recording.waiter;
        reject(new Error(`execution still RUNNING after ${timeoutMs} ms: ${executionArn}`));
      }, timeoutMs);
      recording.waiter = (run) => {
        clearTimeout(timer);
        resolve(run);
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
