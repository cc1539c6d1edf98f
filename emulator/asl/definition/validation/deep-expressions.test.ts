/**
 * Tests that absurdly nested paths, intrinsics and JSONata expressions fail validation instead of
 * overflowing the stack, while AWS's own nesting limits still pass.
 */
import { validateDefinition } from "./validate-definition";

function passWith(field: "Parameters" | "Output", value: string): string {
  const state =
    field === "Output" ? { Type: "Pass", QueryLanguage: "JSONata", Output: value, End: true } : { Type: "Pass", Parameters: { "x.$": value }, End: true };
  return JSON.stringify({ StartAt: "P", States: { P: state } });
}

describe("validation of absurdly nested expressions", () => {
  it.each([
    ["a JSONPath filter in 20,000 parentheses", "Parameters", `$[?(${"(".repeat(20_000)}@.a${")".repeat(20_000)})]`],
    ["a JSONPath filter negated 50,000 times", "Parameters", `$[?(${"!".repeat(50_000)}@.a)]`],
    ["a JSONPath filter literal nested 5,000 levels", "Parameters", `$[?(@.a == ${"[".repeat(5000)}${"]".repeat(5000)})]`],
    ["intrinsic calls nested 20,000 deep", "Parameters", `${"States.Array(".repeat(20_000)}${")".repeat(20_000)}`],
    ["a JSONata expression in 20,000 parentheses", "Output", `{% ${"(".repeat(20_000)}1${")".repeat(20_000)} %}`],
  ] as const)("reports %s as an error of the definition instead of overflowing the stack", (_label, field, value) => {
    const diagnostics = validateDefinition(passWith(field, value), { type: "STANDARD" });
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics[0]?.severity).toBe("ERROR");
  });

  it("still accepts a filter in 20 parentheses and intrinsic calls nested 10 deep (AWS's limit)", () => {
    expect(validateDefinition(passWith("Parameters", `$[?(${"(".repeat(20)}@.a > 1${")".repeat(20)})]`), { type: "STANDARD" })).toEqual([]);
    expect(validateDefinition(passWith("Parameters", `${"States.Array(".repeat(10)}1${")".repeat(10)}`), { type: "STANDARD" })).toEqual([]);
  });
});
