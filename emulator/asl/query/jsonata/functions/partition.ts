/** The JSONata function `$partition` that Step Functions adds (an array cut into chunks). */
import { AwsFunctionError } from "./aws-function-error";
import type { AwsJsonataFunction } from "./aws-jsonata-function";

/** `$partition(array, chunkSize)`: the array cut into chunks of chunkSize; the last may be shorter. */
export const partition: AwsJsonataFunction = {
  name: "partition",
  signature: "<an:a>",
  implementation(_call, array, chunkSize) {
    const items = array as unknown[];
    const size = chunkSize as number;
    if (!Number.isInteger(size) || size <= 0) {
      throw new AwsFunctionError(`The chunk size must be a positive integer, but was: ${size}`);
    }
    const chunks: unknown[][] = [];
    for (let start = 0; start < items.length; start += size) {
      chunks.push(items.slice(start, start + size));
    }
    return chunks;
  },
};
