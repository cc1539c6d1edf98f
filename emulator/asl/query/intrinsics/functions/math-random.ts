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
    const draw = seed === undefined ? invocation.scope.random() : seededUniform(seed);
    return start + Math.floor(draw * (end - start));
  },
};

/** One uniform draw in [0, 1) from a seed (mulberry32), so a seeded call is a pure function. */
function seededUniform(seed: number): number {
  let state = (seed | 0) + 0x6d2b79f5;
  state = Math.imul(state ^ (state >>> 15), state | 1);
  state ^= state + Math.imul(state ^ (state >>> 7), state | 61);
  return ((state ^ (state >>> 14)) >>> 0) / 4294967296;
}
