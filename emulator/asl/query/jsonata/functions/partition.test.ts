/** Tests of `$partition`: chunking as AWS does, and its argument errors. */
import { failureOf, run } from "../testing/evaluate-output";

describe("$partition", () => {
  it("cuts an array into chunks, the last one shorter", async () => {
    expect(await run("$partition([1, 2, 3, 4, 5, 6, 7, 8, 9], 4)")).toEqual([[1, 2, 3, 4], [5, 6, 7, 8], [9]]);
  });

  it("keeps a single chunk as an array of arrays, as AWS does", async () => {
    expect(await run("$partition($states.input.fst, $states.input.snd)", { fst: [0], snd: 1 })).toEqual([[0]]);
  });

  it("returns one chunk when the chunk size exceeds the array", async () => {
    expect(await run("$partition([0, 1, 2], 5)")).toEqual([[0, 1, 2]]);
  });

  it("returns an empty array for an empty array", async () => {
    expect(await run("$partition([], 2)")).toEqual([]);
  });

  it("rejects a chunk size that is not a positive integer, without a JSONata code", async () => {
    expect(await failureOf("$partition([1], 0)")).toBe("threw an error during evaluation: The chunk size must be a positive integer, but was: 0");
    expect(await failureOf("$partition([1], 1.5)")).toBe("threw an error during evaluation: The chunk size must be a positive integer, but was: 1.5");
  });

  it("reports a missing or mistyped argument with JSONata's signature error", async () => {
    expect(await failureOf("$partition([1])")).toBe('threw an error during evaluation. T0410: Argument 2 of function "partition" does not match function signature');
    expect(await failureOf("$partition([1], 'a')")).toBe('threw an error during evaluation. T0410: Argument 2 of function "partition" does not match function signature');
  });
});
