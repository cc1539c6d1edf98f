/** The intrinsic function States.JsonMerge (two objects merged). */
import type { JsonObject } from "../../../../shared/json";
import type { IntrinsicFunction } from "../argument-spec";

/** States.JsonMerge: a shallow merge where the second object's keys win; AWS supports only shallow mode (false). */
export const statesJsonMerge: IntrinsicFunction = {
  name: "States.JsonMerge",
  signature: {
    arguments: [
      { name: "left", type: "object" },
      { name: "right", type: "object" },
      { name: "deep", type: "boolean" },
    ],
  },
  evaluate(args, invocation) {
    const [left, right, deep] = args as [JsonObject, JsonObject, boolean];
    if (deep) invocation.fail("States.JsonMerge supports only shallow merging: the third argument must be false");
    return { ...left, ...right };
  },
};
