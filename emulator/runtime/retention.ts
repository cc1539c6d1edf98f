/**
 * Purges closed executions older than the retention period, at start and then hourly, a batch
 * per turn of the event loop so that a large purge never holds the server.
 */
import type { Store } from "../store/store";
import type { Logger } from "./logger";

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
/** Executions deleted per transaction. */
const BATCH = 500;

export interface RetentionOptions {
  store: Store;
  now: () => number;
  logger: Logger;
  retentionDays: number;
}

/** Runs one purge now and every hour; `stop` ends it (a batch in progress finishes first). */
export function startRetention(options: RetentionOptions): { stop(): void; done: Promise<number> } {
  let stopped = false;
  const run = async (): Promise<number> => {
    const closedBefore = options.now() - options.retentionDays * DAY_MS;
    let total = 0;
    for (;;) {
      await new Promise((resolve) => setImmediate(resolve));
      if (stopped) return total;
      let purged: number;
      try {
        purged = options.store.purgeClosedExecutions(closedBefore, BATCH);
      } catch (error) {
        options.logger.error("purging closed executions failed", error);
        return total;
      }
      total += purged;
      if (purged < BATCH) break;
    }
    if (total > 0) options.logger.info(`purged ${total} execution(s) closed more than ${options.retentionDays} day(s) ago`);
    return total;
  };
  const done = run();
  const timer = setInterval(() => void run(), HOUR_MS);
  timer.unref();
  return {
    stop() {
      stopped = true;
      clearInterval(timer);
    },
    done,
  };
}
