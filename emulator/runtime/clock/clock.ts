/**
 * The runtime's clock as a port: every timestamp the API returns or a state sees, and every
 * deadline the timer queue keeps, is read from and armed on one Clock; and the handle that controls it.
 */
export type ClockMode = "real" | "virtual" | "auto";

export const CLOCK_MODES: readonly ClockMode[] = ["real", "virtual", "auto"];

/** A pending wake-up; cancelling one that already fired does nothing. */
export interface Alarm {
  cancel(): void;
}

/** What tests and `/_emulator/clock` may do with the runtime's clock. */
export interface ClockControl {
  readonly mode: ClockMode;
  now(): number;
  /** Moves a virtual or auto clock forward; resolves once the executions have caught up. */
  advance(ms: number): Promise<void>;
  /** Switches between virtual and auto; a real clock cannot be switched. */
  setMode(mode: "virtual" | "auto"): void;
  /** Back to the start time with nothing armed (a reset); a real clock keeps going. */
  rewind(): void;
}

export interface Clock {
  readonly mode: ClockMode;
  /** Milliseconds since the epoch, by this clock. */
  now(): number;
  /** Calls `wake` once, when this clock has reached `dueAt`. */
  setAlarm(dueAt: number, wake: () => void): Alarm;
}

/** Node caps one timer at 2^31-1 ms; a later alarm re-arms until it is due. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Wall-clock time and Node timers. */
export function realClock(): Clock {
  return {
    mode: "real",
    now: () => Date.now(),
    setAlarm(dueAt, wake) {
      let handle: NodeJS.Timeout | undefined;
      const arm = (): void => {
        const delay = dueAt - Date.now();
        if (delay <= 0) {
          handle = undefined;
          wake();
          return;
        }
        handle = setTimeout(arm, Math.min(delay, MAX_TIMER_MS));
      };
      handle = setTimeout(arm, Math.min(Math.max(0, dueAt - Date.now()), MAX_TIMER_MS));
      return {
        cancel() {
          if (handle) clearTimeout(handle);
          handle = undefined;
        },
      };
    },
  };
}
