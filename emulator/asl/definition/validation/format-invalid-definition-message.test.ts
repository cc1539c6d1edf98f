/**
 * Tests of InvalidDefinition's message: how problems are joined, located and ordered, and AWS's Python
 * wording for Labels.
 */
import { formatInvalidDefinitionMessage } from "./format-invalid-definition-message";
import { validateDefinition } from "./validate-definition";

describe("formatInvalidDefinitionMessage", () => {
  it("joins problems as CODE: message at location, separated by commas", () => {
    const definition = JSON.stringify({ StartAt: "pass1", States: { pass1: { Type: "Pass", Next: "pass3" }, pass2: { Type: "Pass", End: true } } });
    expect(formatInvalidDefinitionMessage(validateDefinition(definition, { type: "STANDARD" }))).toBe(
      "Invalid State Machine Definition: 'MISSING_TRANSITION_TARGET: Missing 'Next' target: pass3 at /States/pass1/Next, MISSING_TRANSITION_TARGET: State \"pass2\" is not reachable. at /States/pass2'",
    );
  });

  it("writes null for a problem without location", () => {
    expect(formatInvalidDefinitionMessage([{ severity: "ERROR", code: "MISSING_END_STATE", message: "Workflow has no terminal state" }])).toBe(
      "Invalid State Machine Definition: 'MISSING_END_STATE: Workflow has no terminal state at null'",
    );
  });

  it("drops the trailing space of the Express integration message", () => {
    const diagnostic = {
      severity: "ERROR" as const,
      code: "SCHEMA_VALIDATION_FAILED",
      message: "Express state machine does not support '.sync' service integration ",
      location: "/States/A/Resource",
    };
    expect(formatInvalidDefinitionMessage([diagnostic])).toBe(
      "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: Express state machine does not support '.sync' service integration at /States/A/Resource'",
    );
  });

  it("ignores warnings", () => {
    const warning = { severity: "WARNING" as const, code: "NO_DOLLAR", message: "w", location: "/States/A" };
    const error = { severity: "ERROR" as const, code: "SCHEMA_VALIDATION_FAILED", message: "e", location: "/States/B" };
    expect(formatInvalidDefinitionMessage([warning, error])).toBe("Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: e at /States/B'");
  });

  it("words a Label problem as AWS's Python exception quoting the definition", () => {
    const definition = '{"StartAt": "M", "States": {"M": {"Type": "Map", "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "Label": "label_\\"", "End": true}}}';
    expect(formatInvalidDefinitionMessage(validateDefinition(definition, { type: "STANDARD" }), definition)).toBe(
      `Error=ValueError Args=['Label contains invalid character: \\'"\\''] in definition '${definition}'.`,
    );
  });

  it("reports schema problems before a Label problem", () => {
    const definition = JSON.stringify({ StartAt: "M", States: { M: { Type: "Map", ItemProcessor: { StartAt: "P", States: { P: { Type: "Pass" } } }, Label: "", End: true } } });
    expect(formatInvalidDefinitionMessage(validateDefinition(definition, { type: "STANDARD" }), definition)).toBe(
      "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: Exactly one of these fields is required: [Next, End] at /States/M/ItemProcessor/States/P, MISSING_END_STATE: Workflow has no terminal state at null'",
    );
  });
});
