/**
 * Tests of `$range`: ends, negative steps, AWS's single-number and empty results, and its limits and
 * argument errors.
 */
import { failureOf, run } from "../testing/evaluate-output";

describe("$range", () => {
  it("includes the end when a step lands on it", async () => {
    expect(await run("$range(0, 6, 2)")).toEqual([0, 2, 4, 6]);
    expect(await run("$range(1, 9, 2)")).toEqual([1, 3, 5, 7, 9]);
  });

  it("stops before the end when no step lands on it", async () => {
    expect(await run("$range(0, 10, 3)")).toEqual([0, 3, 6, 9]);
  });

  it("counts down with a negative step", async () => {
    expect(await run("$range(5, 1, -2)")).toEqual([5, 3, 1]);
  });

  it("returns a single number for a one-element range, as AWS does for $range(1, 9, 9)", async () => {
    expect(await run("$range(1, 9, 9)")).toBe(1);
  });

  it("returns nothing for an empty range", async () => {
    expect(await run("$range(5, 1, 1)")).toBeUndefined();
  });

  it("rejects a zero step and non-integers", async () => {
    expect(await failureOf("$range(0, 5, 0)")).toBe("threw an error during evaluation: The step of a range must not be zero");
    expect(await failureOf("$range(0.5, 5, 1)")).toBe("threw an error during evaluation: The start of a range must be an integer, but was: 0.5");
  });

  it("rejects a range longer than JSONata's own range limit", async () => {
    expect(await failureOf("$range(0, 100000000, 1)")).toBe(
      "threw an error during evaluation: The range must not have more than 10000000 elements, but has: 100000001",
    );
  });

  it("reports a mistyped argument with JSONata's signature error", async () => {
    expect(await failureOf("$range('0', 5, 1)")).toBe('threw an error during evaluation. T0410: Argument 1 of function "range" does not match function signature');
  });
});
