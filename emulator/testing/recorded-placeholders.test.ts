/**
 * Matching recorded placeholders: tokens bind to any text, recurring ones to the same text, and
 * everything else compares exactly.
 */
import { matchesPlaceholders } from "./recorded-placeholders";

describe("matchesPlaceholders", () => {
  it("binds a token to any text", () => {
    expect(matchesPlaceholders("arn:<partition>:states:::x", "arn:aws:states:::x")).toBe(true);
  });

  it("requires a recurring token to bind to the same text", () => {
    expect(matchesPlaceholders("<a> and <a>", "x and y")).toBe(false);
    expect(matchesPlaceholders("<a> and <a>", "x and x")).toBe(true);
  });

  it("keeps a binding across strings that share the bindings", () => {
    const bindings = new Map<string, string>();
    expect(matchesPlaceholders("<uuid:1>", "abc", bindings)).toBe(true);
    expect(matchesPlaceholders("id <uuid:1>", "id abd", bindings)).toBe(false);
    expect(matchesPlaceholders("id <uuid:1>", "id abc", bindings)).toBe(true);
  });

  it("reads numbered and nested tokens", () => {
    expect(matchesPlaceholders("<<ArnPart_0idx>:2>/<resource:1>", "x/y")).toBe(true);
  });

  it("compares everything else exactly", () => {
    expect(matchesPlaceholders("Label contains invalid character: '<'", "Label contains invalid character: '<'")).toBe(true);
    expect(matchesPlaceholders("a.b", "axb")).toBe(false);
  });
});
