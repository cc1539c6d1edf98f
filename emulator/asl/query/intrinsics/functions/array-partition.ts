/** The intrinsic function States.ArrayPartition (an array cut into chunks). */
import type { Json } from "../../../../shared/json";
import type { IntrinsicFunction } from "../argument-spec";

/** States.ArrayPartition: chunks of `chunkSize` items, the last one holding what remains. */
export const statesArrayPartition: IntrinsicFunction = {
  name: "States.ArrayPartition",
  signature: {
    arguments: [
      { name: "array", type: "array" },
      { name: "chunkSize", type: "integer" },
    ],
  },
  evaluate(args, invocation) {
    const [array, chunkSize] = args as [Json[], number];
    if (chunkSize <= 0) invocation.fail(`The chunk size for States.ArrayPartition must be a positive integer, but was ${chunkSize}`);
    const chunks: Json[] = [];
    for (let index = 0; index < array.length; index += chunkSize) chunks.push(array.slice(index, index + chunkSize));
    return chunks;
  },
};
