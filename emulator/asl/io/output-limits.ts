/**
 * The limits on what a state passes on: AWS's 256 KiB payload quota, and the nesting depth every
 * JSON value of the emulator stays within (values can grow deeper state by state, through
 * Parameters or ResultPath in a loop), both States.DataLimitExceeded.
 */
import type { Json } from "../../shared/json";
import { exceedsJsonDepth, MAX_JSON_DEPTH } from "../../shared/json-depth";
import { AslError } from "../errors/asl-error";

/** The largest state output AWS passes on. */
const MAX_PAYLOAD_BYTES = 256 * 1024;

/** A state's output as text, or the limit it breaks. `rawText`, when known, is the value's own text. */
export function checkStateOutput(stateName: string, output: Json, rawText?: string): { text: string; failure?: AslError } {
  if (exceedsJsonDepth(output, MAX_JSON_DEPTH, rawText)) {
    return {
      text: "",
      failure: new AslError(
        "States.DataLimitExceeded",
        `The state/task '${stateName}' returned a result nested more than ${MAX_JSON_DEPTH} levels deep, the maximum the service supports.`,
      ),
    };
  }
  const text = rawText ?? JSON.stringify(output);
  // Byte length only matters once the text could be that long.
  if (text.length * 3 <= MAX_PAYLOAD_BYTES || Buffer.byteLength(text, "utf8") <= MAX_PAYLOAD_BYTES) return { text };
  return {
    text,
    failure: new AslError(
      "States.DataLimitExceeded",
      `The state/task '${stateName}' returned a result with a size exceeding the maximum number of bytes service limit.`,
    ),
  };
}
