/** The intrinsic function States.ArrayGetItem (indexing into an array). */
import type { Json } from "../../../../shared/json";
import type { IntrinsicFunction } from "../argument-spec";

/** States.ArrayGetItem: the item at a zero-based index. */
export const statesArrayGetItem: IntrinsicFunction = {
  name: "States.ArrayGetItem",
  signature: {
    arguments: [
      { name: "array", type: "array" },
      { name: "index", type: "integer" },
    ],
  },
  evaluate(args, invocation) {
    const [array, index] = args as [Json[], number];
    if (index < 0 || index >= array.length) {
      invocation.fail(`The index ${index} is out of bounds for an array of length ${array.length}`);
    }
    return array[index] as Json;
  },
};
