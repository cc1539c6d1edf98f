/**
 * Tests of the linear-time regex engine: no catastrophic backtracking, RegExp-like matching, flags, and
 * its fallback.
 */
import { LinearRegExp, matchesWhole } from "./linear-regex";

describe("regular expressions on a linear-time engine", () => {
  it("answers a catastrophic-backtracking pattern at once", () => {
    expect(matchesWhole("(a+)+", "", `${"a".repeat(5000)}!`)).toBe(false);
    expect(new LinearRegExp(/(a|aa)+$/g).exec(`${"a".repeat(5000)}!`)).toBeNull();
  });

  it("walks matches with lastIndex and groups as RegExp.exec does with the g flag", () => {
    const regex = new LinearRegExp(/(\w+)@(\w+)?/g);
    const first = regex.exec("x foo@bar y baz@");
    expect([...(first ?? [])]).toEqual(["foo@bar", "foo", "bar"]);
    expect(first?.index).toBe(2);
    const second = regex.exec("x foo@bar y baz@");
    expect([...(second ?? [])]).toEqual(["baz@", "baz", undefined]);
    expect(regex.exec("x foo@bar y baz@")).toBeNull();
    expect(regex.lastIndex).toBe(0);
  });

  it("honours the i, m and s flags", () => {
    expect(new LinearRegExp(/ABC/gi).test("xabc")).toBe(true);
    expect(new LinearRegExp(/^b$/gm).test("a\nb\nc")).toBe(true);
    expect(new LinearRegExp(/a.b/gs).test("a\nb")).toBe(true);
  });

  it("falls back to JavaScript's engine for lookarounds and backreferences", () => {
    expect(new LinearRegExp(/(\w)\1/g).exec("abccd")?.[0]).toBe("cc");
    expect(new LinearRegExp(/a(?=b)/g).exec("acab")?.index).toBe(2);
  });
});
