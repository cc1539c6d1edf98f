/** The emulator's logger: leveled lines on stderr. */
import type { Config } from "../config";

/** The emulator's log: one line per message on stderr, filtered by level. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

const LEVELS = ["debug", "info", "warn", "error", "silent"] as const;

export function createLogger(level: Config["logLevel"]): Logger {
  const threshold = LEVELS.indexOf(level);
  const write = (at: number, text: string) => {
    if (at >= threshold) process.stderr.write(`${new Date().toISOString()} ${LEVELS[at]} ${text}\n`);
  };
  return {
    debug: (message) => write(0, message),
    info: (message) => write(1, message),
    warn: (message) => write(2, message),
    error: (message, error) => write(3, error instanceof Error ? `${message}: ${error.stack ?? error.message}` : message),
  };
}
