/**
 * Group commit of execution steps: the steps finishing in one event-loop turn are written to the store
 * in a single transaction.
 */
import type { StepWrite, Store } from "../store/store";

interface Pending {
  write: StepWrite;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: the steps of all executions that finish in the same turn of the event loop are
 * written in one transaction, since the commit, not the rows, is what a step costs. Each caller
 * waits for its own write before it performs the step's effects.
 */
export class GroupCommit {
  private pending: Pending[] = [];
  private scheduled = false;

  constructor(private readonly store: Store) {}

  write(write: StepWrite): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ write, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    this.scheduled = false;
    try {
      this.store.applySteps(batch.map((item) => item.write));
      for (const item of batch) item.resolve();
    } catch {
      // One bad write must not fail the others: retry them one transaction each.
      for (const item of batch) {
        try {
          this.store.applyStep(item.write);
          item.resolve();
        } catch (error) {
          item.reject(error);
        }
      }
    }
  }
}
