/**
 * The comparator of recorded and actual values: missing, extra and differing values are reported, and
 * `<...>` tokens bind consistently.
 */
import { Comparison, compareValues, diffCategory, formatDiff } from "./compare";

describe("Comparison", () => {
  it("reports missing and unexpected keys", () => {
    const diffs = compareValues({ a: 1, b: 2 }, { a: 1, c: 3 });
    expect(diffs.map((d) => `${d.kind} ${d.path}`)).toEqual(["missing $.b", "unexpected $.c"]);
  });

  it("compares lists by position and reports a length difference", () => {
    const diffs = compareValues([1, 2, 3], [1, 5]);
    expect(diffs.map((d) => `${d.kind} ${d.path}`)).toEqual(["length $", "mismatch $[1]"]);
  });

  it("keeps booleans apart from numbers and null", () => {
    expect(compareValues(true, 1)).toHaveLength(1);
    expect(compareValues(null, false)).toHaveLength(1);
    expect(compareValues(0, 0)).toHaveLength(0);
  });

  it("binds a token on first sight and requires the same text afterwards", () => {
    const cmp = new Comparison();
    cmp.value({ a: "arn:x:<ArnPart_0idx>", b: "<ArnPart_0idx>" }, { a: "arn:x:compat-1", b: "compat-1" });
    expect(cmp.diffs).toEqual([]);
    cmp.value("<ArnPart_0idx>", "compat-2", "$c");
    expect(cmp.diffs.map((d) => d.path)).toEqual(["$c"]);
  });

  it("matches a token repeated within one string to the same text", () => {
    expect(compareValues("<a>-<a>", "x-x")).toEqual([]);
    expect(compareValues("<a>-<a>", "x-y")).toHaveLength(1);
  });

  it("treats regex characters around tokens literally", () => {
    expect(compareValues("a.b(<x:1>)", "a.b(zz)")).toEqual([]);
    expect(compareValues("a.b(<x:1>)", "aXb(zz)")).toHaveLength(1);
  });

  it("does not let a token match empty text", () => {
    expect(compareValues("id:<uuid:1>", "id:")).toHaveLength(1);
  });
});

describe("formatDiff", () => {
  it("shows long strings around the first differing character", () => {
    const expected = "x".repeat(200) + "A" + "y".repeat(50);
    const actual = "x".repeat(200) + "B" + "y".repeat(50);
    const text = formatDiff(compareValues(expected, actual)[0]!);
    expect(text).toContain("at char 200");
    expect(text).toContain("xA");
    expect(text).toContain("xB");
  });

  it("names the missing value", () => {
    expect(formatDiff({ path: "$.a", kind: "missing", expected: 1 })).toBe("$.a: missing (expected 1)");
  });

  it("groups diffs of different events into one category", () => {
    expect(diffCategory({ path: "$events[3:TaskSucceeded].previousEventId", kind: "mismatch" })).toBe(
      diffCategory({ path: "$events[7:TaskSucceeded].previousEventId", kind: "mismatch" }),
    );
  });
});
