/**
 * Replaying `api_sequence` cases: references between steps, Python-style slicing, and waiting until a
 * recorded condition holds.
 */
import { SequenceContext } from "./sequence-context";
import { untilSatisfied } from "./run-api-sequence";

describe("SequenceContext", () => {
  it("resolves references, uids, roles and concatenations", () => {
    const ctx = new SequenceContext();
    ctx.responses.set(0, { stateMachineArn: "arn:sm", list: [{ a: 1 }, { a: 2 }] });
    const v = ctx.resolve({ arn: { $ref: "step0.stateMachineArn" }, last: { $ref: "step0.list.-1.a" }, name: { $concat: ["n-", { $uid: 0 }] }, again: { $uid: 0 } });
    expect(v).toMatchObject({ arn: "arn:sm", last: 2 });
    const obj = v as { name: string; again: string };
    expect(obj.name).toBe(`n-${obj.again}`);
    expect(ctx.resolve({ $role: 1 })).toMatch(/-r1$/);
  });

  it("refuses a reference to a step without a response", () => {
    expect(() => new SequenceContext().resolve({ $ref: "step3.x" })).toThrow(/step 3 has no response/);
  });

  it("slices and replaces as Python does", () => {
    const ctx = new SequenceContext();
    expect(ctx.resolve({ $slice: ["abcdef", null, -2] })).toBe("abcd");
    expect(ctx.resolve({ $replace: ["a-b-c", "-", "+"] })).toBe("a+b+c");
  });
});

describe("untilSatisfied", () => {
  const ctx = new SequenceContext();
  it("waits for a wanted status and fails fast on another terminal one", () => {
    expect(untilSatisfied({ "status in": ["SUCCEEDED"] }, { status: "RUNNING" }, ctx)).toEqual([false, undefined]);
    expect(untilSatisfied({ "status in": ["SUCCEEDED"] }, { status: "SUCCEEDED" }, ctx)).toEqual([true, undefined]);
    expect(untilSatisfied({ "status in": ["SUCCEEDED"] }, { status: "FAILED" }, ctx)[1]).toMatch(/terminal/);
  });

  it("checks for items present or absent in a list", () => {
    const resp = { items: [{ arn: "a" }] };
    expect(untilSatisfied({ any_item: { list: "items", where: { arn: "a" } } }, resp, ctx)[0]).toBe(true);
    expect(untilSatisfied({ no_item: { list: "items", where: { arn: "a" } } }, resp, ctx)[0]).toBe(false);
  });
});
