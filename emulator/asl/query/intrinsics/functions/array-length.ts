/** The intrinsic function States.ArrayLength (an array's length). */
import type { Json } from "../../../../shared/json";
import type { IntrinsicFunction } from "../argument-spec";

/** States.ArrayLength: the number of items. */
export const statesArrayLength: IntrinsicFunction = {
  name: "States.ArrayLength",
  signature: { arguments: [{ name: "array", type: "array" }] },
  evaluate(args) {
    return (args[0] as Json[]).length;
  },
};
