/** Tests of `$parse`: JSON text to values, and its errors. */
import { failureOf, run } from "../testing/evaluate-output";

describe("$parse", () => {
  it.each([
    ["-0", 0],
    ["1.1", 1.1],
    ["true", true],
    ['"HelloWorld"', "HelloWorld"],
    ['[1, 2, "HelloWorld"]', [1, 2, "HelloWorld"]],
    ['{"Arg1": 1, "Arg2": []}', { Arg1: 1, Arg2: [] }],
  ])("parses %s", async (text, value) => {
    expect(await run("$parse($states.input.text)", { text })).toEqual(value);
  });

  it("rejects text that is not JSON", async () => {
    expect(await failureOf("$parse('{a')")).toBe("threw an error during evaluation: The string is not valid JSON: {a");
  });

  it("reports a non-string argument with JSONata's signature error", async () => {
    expect(await failureOf("$parse(1)")).toBe('threw an error during evaluation. T0410: Argument 1 of function "parse" does not match function signature');
  });
});
