import { matchesRecorded } from "./recorded-case-matching";

describe("matchesRecorded", () => {
  it("binds a token to any text", () => {
    expect(matchesRecorded("arn:<partition>:states:::x", "arn:aws:states:::x")).toBe(true);
  });

  it("requires a recurring token to bind to the same text", () => {
    expect(matchesRecorded("<a> and <a>", "x and y")).toBe(false);
    expect(matchesRecorded("<a> and <a>", "x and x")).toBe(true);
  });

  it("compares everything else exactly", () => {
    expect(matchesRecorded("Label contains invalid character: '<'", "Label contains invalid character: '<'")).toBe(true);
    expect(matchesRecorded("a.b", "axb")).toBe(false);
  });
});
