/** Tests of ResultPath: keeping, replacing or writing into the input, and States.ResultPathMatchFailure. */
import { AslError } from "../errors/asl-error";
import { applyResultPath } from "./result-path";

describe("applyResultPath", () => {
  it("keeps the input when ResultPath is null", () => {
    expect(applyResultPath({ a: 1 }, "r", null)).toEqual({ a: 1 });
  });

  it("replaces the input with the result for $", () => {
    expect(applyResultPath({ a: 1 }, false, "$")).toBe(false);
  });

  it("writes the result under a new key without touching the original input", () => {
    const input = { a: 1 };
    expect(applyResultPath(input, { r: 2 }, "$.result")).toEqual({ a: 1, result: { r: 2 } });
    expect(input).toEqual({ a: 1 });
  });

  it("creates intermediate objects", () => {
    expect(applyResultPath({}, 0, "$.a.b['c d']")).toEqual({ a: { b: { "c d": 0 } } });
  });

  it("overwrites an existing value, keeping its siblings", () => {
    expect(applyResultPath({ a: { b: 1, c: 2 } }, null, "$.a.b")).toEqual({ a: { b: null, c: 2 } });
  });

  it("replaces an existing array element", () => {
    expect(applyResultPath({ a: [1, 2] }, "x", "$.a[1]")).toEqual({ a: [1, "x"] });
  });

  it("fails with States.ResultPathMatchFailure when the input is not an object", () => {
    expect(() => applyResultPath("hello", 1, "$.a")).toThrow(
      new AslError("States.ResultPathMatchFailure", 'Unable to apply step "a" to input "hello"'),
    );
  });

  it("fails when a step meets a value that is not an object", () => {
    expect(() => applyResultPath({ a: 5 }, 1, "$.a.b")).toThrow(
      new AslError("States.ResultPathMatchFailure", 'Unable to apply step "b" to input {"a":5}'),
    );
  });

  it("fails for an index past the end of an array", () => {
    expect(() => applyResultPath({ a: [] }, 1, "$.a[0]")).toThrow(AslError);
  });
});
