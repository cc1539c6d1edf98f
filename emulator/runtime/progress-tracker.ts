/**
 * Counts the work executions have in hand: steps queued or being applied (their group commit
 * included) and task calls in flight. When the count is zero no execution can progress without
 * time passing, which is what the virtual clock's `advance` waits for and when the auto clock jumps.
 */
export class ProgressTracker {
  private busy = 0;
  private checkScheduled = false;
  private waiters: Array<() => void> = [];
  private readonly idleListeners: Array<() => void> = [];

  /** Work started: a step was queued or a task call went out. */
  begin(): void {
    this.busy += 1;
  }

  /** Work ended; the caller has already queued whatever it leads to. */
  end(): void {
    this.busy -= 1;
    if (this.busy === 0) this.scheduleCheck();
  }

  /** Resolves the next time nothing is in hand (confirmed one macrotask later). */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      this.scheduleCheck();
    });
  }

  /** Calls `listener` every time the executions run out of work. */
  onIdle(listener: () => void): void {
    this.idleListeners.push(listener);
  }

  /** Asks for an idle check even though no work ended (after a clock jump that woke nothing). */
  poke(): void {
    this.scheduleCheck();
  }

  private scheduleCheck(): void {
    if (this.checkScheduled) return;
    this.checkScheduled = true;
    // One macrotask later, so promise chains that are about to queue more work have done so.
    setImmediate(() => {
      this.checkScheduled = false;
      if (this.busy > 0) return;
      const waiters = this.waiters;
      this.waiters = [];
      for (const resolve of waiters) resolve();
      for (const listener of this.idleListeners) listener();
    });
  }
}
