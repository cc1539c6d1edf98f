/**
 * Tests of ValidateStateMachineDefinition's answer: OK or FAIL, maxResults truncation, severity filtering.
 */
import { validateForApi } from "./validate-for-api";

const unreachable = (count: number): string => {
  const states: Record<string, unknown> = { A: { Type: "Pass", End: true } };
  for (let index = 0; index < count; index += 1) states[`U${index}`] = { Type: "Pass", End: true };
  return JSON.stringify({ StartAt: "A", States: states });
};

describe("validateForApi", () => {
  it("answers OK with no diagnostics for a valid definition", () => {
    expect(validateForApi(unreachable(0), { type: "STANDARD" })).toEqual({ result: "OK", diagnostics: [], truncated: false });
  });

  it("answers FAIL with the diagnostics", () => {
    const answer = validateForApi("{}", { type: "EXPRESS" });
    expect(answer).toEqual({
      result: "FAIL",
      truncated: false,
      diagnostics: [{ severity: "ERROR", code: "SCHEMA_VALIDATION_FAILED", message: "These fields are required: [States, StartAt]", location: "/" }],
    });
  });

  it("truncates at maxResults", () => {
    const answer = validateForApi(unreachable(5), { type: "STANDARD", maxResults: 2 });
    expect([answer.diagnostics.length, answer.truncated, answer.result]).toEqual([2, true, "FAIL"]);
  });

  it("uses 100 when maxResults is 0", () => {
    const answer = validateForApi(unreachable(120), { type: "STANDARD", maxResults: 0 });
    expect([answer.diagnostics.length, answer.truncated]).toEqual([100, true]);
  });

  it("returns only errors when severity is ERROR", () => {
    const answer = validateForApi(unreachable(1), { type: "STANDARD", severity: "ERROR" });
    expect(answer.diagnostics.every((diagnostic) => diagnostic.severity === "ERROR")).toBe(true);
    expect(answer.diagnostics).toHaveLength(1);
  });
});
