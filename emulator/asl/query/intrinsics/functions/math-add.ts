/** The intrinsic function States.MathAdd (the sum of two numbers). */
import type { IntrinsicFunction } from "../argument-spec";

/** States.MathAdd: AWS rounds each operand half-up (as Java's Math.round) before adding, as the recorded cases show. */
export const statesMathAdd: IntrinsicFunction = {
  name: "States.MathAdd",
  signature: {
    arguments: [
      { name: "left", type: "number" },
      { name: "right", type: "number" },
    ],
  },
  evaluate(args) {
    const [left, right] = args as [number, number];
    return Math.round(left) + Math.round(right) + 0;
  },
};
