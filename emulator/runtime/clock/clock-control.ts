/**
 * The runtime's clock and its control handle: a real, virtual or auto clock, and what tests and
 * `/_emulator/clock` may do with it.
 */
import { ServiceError } from "../../shared/service-error";
import type { ProgressTracker } from "../progress-tracker";
import { realClock, type Clock, type ClockMode } from "./clock";
import { ControlledClock } from "./controlled-clock";

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

/** The clock the runtime runs on, and the handle that controls it. */
export function createRuntimeClock(mode: ClockMode, startTime: number, progress: ProgressTracker): { clock: Clock; control: ClockControl } {
  if (mode === "real") {
    const clock = realClock();
    const refuse = (): never => {
      throw refuseError();
    };
    return {
      clock,
      control: { mode: "real", now: () => clock.now(), advance: () => Promise.reject(refuseError()), setMode: refuse, rewind: () => undefined },
    };
  }
  const clock = new ControlledClock(startTime, mode, progress);
  return {
    clock,
    control: {
      get mode() {
        return clock.mode;
      },
      now: () => clock.now(),
      advance: (ms) => clock.advance(ms),
      setMode: (next) => clock.setMode(next),
      rewind: () => clock.rewind(),
    },
  };
}

function refuseError(): ServiceError {
  return new ServiceError("ValidationException", "The emulator runs on the real clock; start it with --clock virtual or --clock auto to control time");
}
