/** Tests of `$random`: the execution's randomness, AWS's seeded numbers, and its argument errors. */
import { fixedScope } from "../testing/fixed-scope";
import { failureOf, run } from "../testing/evaluate-output";

describe("$random", () => {
  it("reads the execution's randomness without a seed", async () => {
    expect(await run("[$random(), $random()]", {}, fixedScope({ randoms: [0.25, 0.75] }))).toEqual([0.25, 0.75]);
  });

  it("gives AWS's number for a seed (java.util.Random)", async () => {
    expect(await run("$random(42)")).toBe(0.7275636800328681);
  });

  it("gives the same number for the same seed", async () => {
    expect(await run("$random($states.input.seed) = $random(7)", { seed: 7 })).toBe(true);
  });

  it("truncates a fractional seed as Java narrows a double to a long", async () => {
    expect(await run("$random(42.9)")).toBe(0.7275636800328681);
  });

  it("reports a non-numeric seed with JSONata's signature error", async () => {
    expect(await failureOf("$random('a')")).toBe('threw an error during evaluation. T0410: Argument 1 of function "random" does not match function signature');
  });
});
