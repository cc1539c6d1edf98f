/** AWS's size limit on what a state passes on, checked where the template serialises a state's output. */
import type { CompiledState } from "../definition/program";
import { AslError } from "../errors/asl-error";

/** The largest state output AWS passes on. */
const MAX_PAYLOAD_BYTES = 256 * 1024;

export function dataLimitFailure(state: CompiledState, text: string): AslError | undefined {
  // Byte length only matters once the text could be that long.
  if (text.length * 3 <= MAX_PAYLOAD_BYTES || Buffer.byteLength(text, "utf8") <= MAX_PAYLOAD_BYTES) return undefined;
  return new AslError(
    "States.DataLimitExceeded",
    `The state/task '${state.name}' returned a result with a size exceeding the maximum number of bytes service limit.`,
  );
}
