/**
 * Tests of quoted bracket names and filter strings read with Jayway's escapes, and of the names AWS's
 * causes write back.
 */
import type { Json } from "../../../shared/json";
import { unescapeName } from "./bracket-names";
import { describePathMiss, isValidJsonPath, referencePathSteps, selectPath } from "./index";

const data: Json = {
  "a'b": 1,
  'a"b': 2,
  "a\\b": 3,
  "a\nb": 4,
  A: 5,
  "a\tb": 6,
  x: 7,
  y: 8,
  "a,b": 9,
  "a]b": 10,
};

function select(path: string): Json | undefined {
  const result = selectPath(path, data);
  return result.found ? result.value : undefined;
}

describe("bracket names with escapes, as Jayway reads them", () => {
  it("resolves escaped quotes and backslashes inside either quote", () => {
    expect(select("$['a\\'b']")).toBe(1);
    expect(select('$["a\\"b"]')).toBe(2);
    expect(select("$['a\\\\b']")).toBe(3);
    expect(select('$["a\\\\b"]')).toBe(3);
  });

  it("takes the other quote literally", () => {
    expect(select("$['a\"b']")).toBe(2);
    expect(select('$["a\'b"]')).toBe(1);
  });

  it("resolves Java's control escapes and \\uXXXX", () => {
    expect(select("$['a\\nb']")).toBe(4);
    expect(select("$['a\\tb']")).toBe(6);
    expect(select("$['\\u0041']")).toBe(5);
  });

  it("keeps commas and closing brackets inside quotes as part of the name", () => {
    expect(select("$['a,b']")).toBe(9);
    expect(select("$['a]b']")).toBe(10);
  });

  it("reads a union of names written with the bracket's quote", () => {
    expect(select("$['x', 'y']")).toEqual([7, 8]);
    expect(select("$[ 'x' ]")).toBe(7);
  });

  it("refuses names not separated by a comma, an empty name in a union and an unclosed name", () => {
    expect(isValidJsonPath("$['x' 'y']")).toBe(false);
    expect(isValidJsonPath("$['x',]")).toBe(false);
    expect(isValidJsonPath("$['x")).toBe(false);
    expect(isValidJsonPath("$['x'")).toBe(false);
    expect(isValidJsonPath("$['\\u00zz']")).toBe(false);
  });

  it("writes to the unescaped name through a reference path", () => {
    expect(referencePathSteps("$['q\\'r']['s\\\\t']")).toEqual(["q'r", "s\\t"]);
  });

  it("names a missing path with the bracket's own quote and the unescaped name, as AWS's causes do", () => {
    expect(describePathMiss('$["z\\"q"]', data)).toBe('No results for path: $["z"q"]');
    expect(describePathMiss("$['z\\'q']", data)).toBe("No results for path: $['z'q']");
    expect(describePathMiss("$.nope", data)).toBe("No results for path: $['nope']");
  });
});

describe("filter string literals", () => {
  it("unescape as bracket names do", () => {
    const list: Json = [{ k: "a'b" }, { k: "a\nb" }, { k: "x" }];
    expect(selectPath("$[?(@.k == 'a\\'b')]", list)).toEqual({ found: true, value: [{ k: "a'b" }] });
    expect(selectPath('$[?(@.k == "a\\nb")]', list)).toEqual({ found: true, value: [{ k: "a\nb" }] });
  });
});

describe("unescapeName", () => {
  it("leaves a name without backslashes as it is", () => {
    expect(unescapeName("plain")).toBe("plain");
  });

  it("lets any other escaped character stand for itself", () => {
    expect(unescapeName("a\\qb\\/c")).toBe("aqb/c");
  });

  it("drops a \\u cut short by the end of the name and refuses non-hex digits", () => {
    expect(unescapeName("a\\u00")).toBe("a");
    expect(unescapeName("\\u12g4")).toBeUndefined();
  });
});
