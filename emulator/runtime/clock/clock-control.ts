/** The runtime's clock for a mode (real, virtual or auto) and the handle tests and `/_emulator/clock` control it with. */
import { ServiceError } from "../../shared/service-error";
import type { ProgressTracker } from "../progress-tracker";
import { realClock, type Clock, type ClockControl, type ClockMode } from "./clock";
import { ControlledClock } from "./controlled-clock";

export type { ClockControl };

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
  // A controlled clock is its own control handle.
  const clock = new ControlledClock(startTime, mode, progress);
  return { clock, control: clock };
}

function refuseError(): ServiceError {
  return new ServiceError("ValidationException", "The emulator runs on the real clock; start it with --clock virtual or --clock auto to control time");
}
