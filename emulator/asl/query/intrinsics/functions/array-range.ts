/** The intrinsic function States.ArrayRange (an array of integers), and AWS's cap on its size. */
import type { IntrinsicFunction } from "../argument-spec";

/** AWS caps the arrays States.ArrayRange may build. */
export const ARRAY_RANGE_MAX_ITEMS = 1000;

/** States.ArrayRange: from `start` towards `end` (inclusive) by `step`. */
export const statesArrayRange: IntrinsicFunction = {
  name: "States.ArrayRange",
  signature: {
    arguments: [
      { name: "start", type: "integer" },
      { name: "end", type: "integer" },
      { name: "step", type: "integer" },
    ],
  },
  evaluate(args, invocation) {
    const [start, end, step] = args as [number, number, number];
    if (step === 0) invocation.fail("The step of States.ArrayRange must not be zero");
    const count = (end - start) * Math.sign(step) < 0 ? 0 : Math.floor((end - start) / step) + 1;
    if (count > ARRAY_RANGE_MAX_ITEMS) {
      invocation.fail(`States.ArrayRange would create ${count} items, more than the maximum of ${ARRAY_RANGE_MAX_ITEMS}`);
    }
    return Array.from({ length: count }, (_, index) => start + index * step);
  },
};
