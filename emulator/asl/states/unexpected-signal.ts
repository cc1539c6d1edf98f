/** The resume handler of states that never block, which treats any signal as a bug. */
import type { StateOutcome } from "../interpreter/outcome";
import type { FrameSignal } from "../interpreter/signals";

/** For states that never block: a signal reaching them is a runtime bug, reported as States.Runtime. */
export async function unexpectedSignal(
  _ctx: unknown,
  _frame: unknown,
  state: { name: string },
  signal: FrameSignal,
): Promise<StateOutcome> {
  throw new Error(`State '${state.name}' cannot handle a ${signal.type} signal`);
}
