/** URL encoding of HTTP Task bodies and query strings: each array format, and scalars written as text. */
import { formEncode, formPairs } from "./url-encoded-form";

describe("URL encoding of HTTP Task bodies and query strings", () => {
  const body = { tags: ["a", "b"], name: "Ada Lovelace", nested: { x: 1 } };

  it.each([
    ["BRACKETS", "tags%5B%5D=a&tags%5B%5D=b&name=Ada%20Lovelace&nested%5Bx%5D=1"],
    ["COMMAS", "tags=a%2Cb&name=Ada%20Lovelace&nested%5Bx%5D=1"],
    ["REPEAT", "tags=a&tags=b&name=Ada%20Lovelace&nested%5Bx%5D=1"],
    ["INDICES", "tags%5B0%5D=a&tags%5B1%5D=b&name=Ada%20Lovelace&nested%5Bx%5D=1"],
  ] as const)("writes arrays in the %s format", (format, expected) => {
    expect(formEncode(formPairs(body, format))).toBe(expected);
  });

  it("writes null, booleans and numbers as text, and nothing for a non-object", () => {
    expect(formPairs({ a: null, b: true, c: 1.5 }, "INDICES")).toEqual([["a", "null"], ["b", "true"], ["c", "1.5"]]);
    expect(formPairs("text", "INDICES")).toEqual([]);
  });
});
