/** A scheduled activity task as a worker receives it. */
export interface ActivityTask {
  taskToken: string;
  /** The task's input as JSON text. */
  input: string;
}

interface Waiter {
  resolve: (task: ActivityTask | undefined) => void;
  timer: NodeJS.Timeout;
}

/**
 * Activity tasks waiting for workers, per activity ARN, first in first out; GetActivityTask waits on
 * it for up to its long-poll time. Kept in memory: after a restart the runtime re-issues open tasks.
 */
export class ActivityQueue {
  private readonly tasks = new Map<string, ActivityTask[]>();
  private readonly waiters = new Map<string, Waiter[]>();

  push(activityArn: string, task: ActivityTask): void {
    const waiting = this.waiters.get(activityArn);
    const waiter = waiting?.shift();
    if (waiter) {
      clearTimeout(waiter.timer);
      waiter.resolve(task);
      return;
    }
    const queued = this.tasks.get(activityArn) ?? [];
    // A task re-issued after a restart is already queued once; keep one copy.
    if (!queued.some((item) => item.taskToken === task.taskToken)) queued.push(task);
    this.tasks.set(activityArn, queued);
  }

  /** The next task of an activity, waiting up to `waitMs` for one; undefined when none came. */
  take(activityArn: string, waitMs: number): Promise<ActivityTask | undefined> {
    const queued = this.tasks.get(activityArn);
    const next = queued?.shift();
    if (next) return Promise.resolve(next);
    if (waitMs <= 0) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const waiters = this.waiters.get(activityArn) ?? [];
      const waiter: Waiter = {
        resolve,
        timer: setTimeout(() => {
          const list = this.waiters.get(activityArn) ?? [];
          const at = list.indexOf(waiter);
          if (at >= 0) list.splice(at, 1);
          resolve(undefined);
        }, waitMs),
      };
      waiters.push(waiter);
      this.waiters.set(activityArn, waiters);
    });
  }

  /** Drops a queued task no worker took before its state ended. */
  remove(activityArn: string, taskToken: string): void {
    const queued = this.tasks.get(activityArn);
    const at = queued?.findIndex((task) => task.taskToken === taskToken) ?? -1;
    if (queued === undefined || at < 0) return;
    queued.splice(at, 1);
    if (queued.length === 0) this.tasks.delete(activityArn);
  }

  /** Tasks queued for workers, over all activities. */
  get queuedCount(): number {
    let count = 0;
    for (const queued of this.tasks.values()) count += queued.length;
    return count;
  }

  /** The tasks of an activity no worker has taken yet, oldest first (read-only, for the console). */
  queued(activityArn: string): readonly ActivityTask[] {
    return [...(this.tasks.get(activityArn) ?? [])];
  }

  /** Drops every queued task and answers waiting workers with none (a reset). */
  clear(): void {
    this.tasks.clear();
    this.close();
  }

  /** Answers every waiting worker with no task, as on shutdown. */
  close(): void {
    for (const waiters of this.waiters.values()) {
      for (const waiter of waiters) {
        clearTimeout(waiter.timer);
        waiter.resolve(undefined);
      }
    }
    this.waiters.clear();
  }
}
