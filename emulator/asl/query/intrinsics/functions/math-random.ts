/** The intrinsic function States.MathRandom (a random integer in a range, optionally seeded). */
import { JavaRandom } from "../../java-random";
import type { IntrinsicFunction } from "../argument-spec";

/** States.MathRandom: an integer in [start, end); a seed makes the draw repeatable. */
export const statesMathRandom: IntrinsicFunction = {
  name: "States.MathRandom",
  signature: {
    arguments: [
      { name: "start", type: "integer" },
      { name: "end", type: "integer" },
      { name: "seed", type: "integer" },
    ],
    optional: 1,
  },
  evaluate(args, invocation) {
    const [start, end, seed] = args as [number, number, number | undefined];
    if (end <= start) invocation.fail(`The end of States.MathRandom (${end}) must be greater than its start (${start})`);
    // A seeded draw is Java's, as AWS's $random(seed) is: new Random(seed).nextInt(end - start).
    if (seed !== undefined) return start + new JavaRandom(BigInt(seed)).nextInt(end - start);
    return start + Math.floor(invocation.scope.random() * (end - start));
  },
};
