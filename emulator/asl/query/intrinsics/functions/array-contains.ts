/** The intrinsic function States.ArrayContains (membership in an array). */
import type { Json } from "../../../../shared/json";
import { jsonEquals } from "../../jsonpath";
import type { IntrinsicFunction } from "../argument-spec";

/** States.ArrayContains: whether the array holds a value structurally equal to the second argument. */
export const statesArrayContains: IntrinsicFunction = {
  name: "States.ArrayContains",
  signature: {
    arguments: [
      { name: "array", type: "array" },
      { name: "value", type: "any" },
    ],
  },
  evaluate(args) {
    const [array, value] = args as [Json[], Json];
    return array.some((item) => jsonEquals(item, value));
  },
};
