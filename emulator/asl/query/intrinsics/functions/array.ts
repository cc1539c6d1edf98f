/** The intrinsic function States.Array (an array from its arguments). */
import type { IntrinsicFunction } from "../argument-spec";

/** States.Array: its arguments, in order, as an array. */
export const statesArray: IntrinsicFunction = {
  name: "States.Array",
  signature: { arguments: [], variadic: { name: "value", type: "any" } },
  evaluate(args) {
    return args;
  },
};
