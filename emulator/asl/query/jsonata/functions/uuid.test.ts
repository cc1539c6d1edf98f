/** Tests of `$uuid`: ids from the execution's source, no arguments. */
import { failureOf, run } from "../testing/evaluate-output";

describe("$uuid", () => {
  it("takes each UUID from the execution's source of ids", async () => {
    expect(await run("[$uuid(), $uuid()]")).toEqual(["00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"]);
  });

  it("takes no arguments", async () => {
    expect(await failureOf("$uuid(1)")).toBe('threw an error during evaluation. T0410: Argument 1 of function "uuid" does not match function signature');
  });
});
