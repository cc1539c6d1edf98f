/**
 * Tests of catcher choice: the first match wins, and the error output leaves out the fields a Fail state
 * did not set.
 */
import { AslError } from "./asl-error";
import { chooseCatcher } from "./catch-policy";
import { aslErrorOf } from "./partial-asl-error";

describe("choosing a catcher", () => {
  const catchers = [
    { ErrorEquals: ["Custom"], Next: "A" },
    { ErrorEquals: ["States.ALL"], Next: "B" },
  ];

  it("takes the first catcher whose ErrorEquals matches, with its index", () => {
    expect(chooseCatcher(catchers, new AslError("Custom", "why"))).toEqual({
      catcher: catchers[0],
      index: 0,
      errorOutput: { Error: "Custom", Cause: "why" },
    });
    expect(chooseCatcher(catchers, new AslError("Other", "why"))?.index).toBe(1);
  });

  it("leaves out of the error output the fields a Fail state did not set", () => {
    expect(chooseCatcher(catchers, aslErrorOf("Custom", undefined))?.errorOutput).toEqual({ Error: "Custom" });
  });

  it("catches nothing when no catcher matches", () => {
    expect(chooseCatcher([{ ErrorEquals: ["Custom"], Next: "A" }], new AslError("Other", ""))).toBeUndefined();
  });
});
