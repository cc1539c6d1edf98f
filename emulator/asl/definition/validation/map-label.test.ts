/** Tests of the Map Label rules and of the Python repr that words their errors. */
import { labelProblem } from "./map-label";
import { pythonRepr } from "./python-repr";

describe("labelProblem", () => {
  it("accepts letters, digits, dashes and underscores up to 40 characters", () => {
    expect(labelProblem("my-label_01")).toBeUndefined();
    expect(labelProblem("a".repeat(40))).toBeUndefined();
  });

  it.each([..."&/ \u0085\u00a0"])("refuses %j", (char) => {
    expect(labelProblem(`x${char}`)).toBe(`Label contains invalid character: ${pythonRepr(char)}`);
  });
});

describe("pythonRepr", () => {
  it("quotes as Python does", () => {
    expect(pythonRepr("a")).toBe("'a'");
    expect(pythonRepr("it's")).toBe('"it\'s"');
    expect(pythonRepr("'\"")).toBe("'\\'\"'");
    expect(pythonRepr("\\\n\t\u0099")).toBe("'\\\\\\n\\t\\x99'");
  });
});
