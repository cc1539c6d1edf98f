/** Replays every recorded AWS answer about definition validity through the validator. */
import { DEFAULT_CASES_DIR, loadCases } from "../../../../compat-tests/case-loader";
import { isJsonObject, type Json, type JsonObject } from "../../../shared/json";
import { formatInvalidDefinitionMessage, validateDefinition, validateForApi } from "./index";
import { matchesPlaceholders as matchesRecorded } from "../../../testing/recorded-placeholders";

const CREATE_ERROR_AREAS = ["map_run_api", "scenarios", "api", "credentials", "express", "services"];

/** Recorded cases we knowingly do not match yet, each with the reason. Only ever shrink this. */
const ALLOWED_FAILURES: Record<string, string> = {};

interface RecordedCase {
  id: string;
  run: () => string | undefined;
}

const RECORDED = loadCases(DEFAULT_CASES_DIR);

function readCases(area: string): JsonObject[] {
  return RECORDED.filter((recorded) => recorded.area === area).map((recorded) => recorded.raw);
}

function str(value: Json | undefined): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Returns a description of the difference, or undefined when ours matches AWS's. */
function compareValidation(recorded: JsonObject): string | undefined {
  const request = recorded["request"] as JsonObject;
  const expected = (recorded["expected"] as JsonObject)["response"] as JsonObject;
  const ours = validateForApi(str(request["definition"]), { type: request["type"] === "EXPRESS" ? "EXPRESS" : "STANDARD" });
  const expectedDiagnostics = expected["diagnostics"] as JsonObject[];
  const same =
    ours.result === expected["result"] &&
    ours.truncated === expected["truncated"] &&
    ours.diagnostics.length === expectedDiagnostics.length &&
    ours.diagnostics.every((diagnostic, index) => {
      const want = expectedDiagnostics[index] as JsonObject;
      const keys = new Set([...Object.keys(want), ...Object.keys(diagnostic)]);
      return [...keys].every((key) => {
        const wanted = want[key];
        const got = (diagnostic as unknown as Record<string, unknown>)[key];
        return typeof wanted === "string" && typeof got === "string" && matchesRecorded(wanted, got);
      });
    });
  return same ? undefined : `expected ${JSON.stringify(expected["diagnostics"])}\nactual   ${JSON.stringify(ours.diagnostics)}`;
}

/** The InvalidDefinition message a create-error case expects, or undefined when it expects another error. */
function expectedInvalidDefinition(error: JsonObject): string | undefined {
  const prefix = "An error occurred (InvalidDefinition) when calling the CreateStateMachine operation: ";
  const value = error["exception_value"];
  if (typeof value === "string") return value.startsWith(prefix) ? value.slice(prefix.length) : undefined;
  const inner = error["Error"];
  if (isJsonObject(inner) && inner["Code"] === "InvalidDefinition") return str(inner["Message"]);
  if (isJsonObject(inner) && inner["Code"] === "StateMachineAlreadyExists") return undefined;
  return undefined;
}

function compareCreateError(definition: string, type: "STANDARD" | "EXPRESS", expectedMessage: string | undefined): string | undefined {
  const errors = validateDefinition(definition, { type }).filter((diagnostic) => diagnostic.severity === "ERROR");
  if (expectedMessage === undefined) {
    return errors.length === 0 ? undefined : `expected acceptance, got ${formatInvalidDefinitionMessage(errors, definition)}`;
  }
  if (errors.length === 0) return `expected ${expectedMessage}\nbut the definition was accepted`;
  const message = formatInvalidDefinitionMessage(errors, definition);
  return matchesRecorded(expectedMessage, message) ? undefined : `expected ${expectedMessage}\nactual   ${message}`;
}

/** Stands in for values an api_sequence step computed earlier (only activity ARNs occur here). */
function resolveStepValue(value: Json): Json {
  if (Array.isArray(value)) return value.map(resolveStepValue);
  if (!isJsonObject(value)) return value;
  if ("$ref" in value) return "arn:aws:states:us-east-1:111111111111:activity:activity-name";
  if ("$json" in value) return JSON.stringify(resolveStepValue(value["$json"] ?? null));
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, resolveStepValue(child)]));
}

function collectCases(): RecordedCase[] {
  const cases: RecordedCase[] = [];
  for (const recorded of readCases("validation")) {
    if (recorded["kind"] === "validate_state_machine_definition") cases.push({ id: str(recorded["id"]), run: () => compareValidation(recorded) });
  }
  for (const area of CREATE_ERROR_AREAS) {
    for (const recorded of readCases(area)) {
      const request = recorded["request"];
      if (recorded["kind"] === "create_state_machine_error" && isJsonObject(request)) {
        const type = request["type"] === "EXPRESS" ? "EXPRESS" : "STANDARD";
        const expected = expectedInvalidDefinition((recorded["expected"] as JsonObject)["error"] as JsonObject);
        cases.push({ id: str(recorded["id"]), run: () => compareCreateError(str(request["definition"]), type, expected) });
      }
      if (recorded["kind"] !== "api_sequence") continue;
      const steps = recorded["steps"];
      if (!Array.isArray(steps)) continue;
      steps.forEach((step, index) => {
        if (!isJsonObject(step) || step["op"] !== "CreateStateMachine" || !isJsonObject(step["params"])) return;
        const error = isJsonObject(step["expect"]) ? step["expect"]["error"] : undefined;
        if (!isJsonObject(error) || error["code"] !== "InvalidDefinition") return;
        const params = resolveStepValue(step["params"]) as JsonObject;
        const type = params["type"] === "EXPRESS" ? "EXPRESS" : "STANDARD";
        cases.push({ id: `${str(recorded["id"])}#step${index}`, run: () => compareCreateError(str(params["definition"]), type, str(error["message"])) });
      });
    }
  }
  for (const recorded of readCases("test_state")) {
    const request = recorded["request"];
    const error = isJsonObject(recorded["expected"]) ? recorded["expected"]["error"] : undefined;
    if (!isJsonObject(request) || !isJsonObject(error)) continue;
    const expected = expectedInvalidDefinition(error);
    if (expected === undefined || !expected.startsWith("Invalid State Machine Definition")) continue;
    cases.push({ id: str(recorded["id"]), run: () => compareCreateError(testStateMachine(str(request["definition"])), "STANDARD", expected) });
  }
  return cases;
}

/** TestState validates a lone state as the only state of a machine, named StateName. */
function testStateMachine(definition: string): string {
  const parsed = JSON.parse(definition) as JsonObject;
  return "Type" in parsed ? JSON.stringify({ StartAt: "StateName", States: { StateName: parsed } }) : definition;
}

const cases = collectCases();
const outcomes: boolean[] = [];

describe("definition validation against recorded AWS answers", () => {
  afterAll(() => {
    const passed = outcomes.filter(Boolean).length;
    console.log(`recorded validation cases: ${passed}/${outcomes.length} match AWS (${((100 * passed) / outcomes.length).toFixed(1)}%)`);
  });

  it.each(cases.map((recorded) => [recorded.id, recorded] as const))("%s", (id, recorded) => {
    const difference = recorded.run();
    outcomes.push(difference === undefined);
    const allowed = ALLOWED_FAILURES[id];
    if (allowed !== undefined) {
      expect({ id, stillFails: difference !== undefined }).toEqual({ id, stillFails: true });
      return;
    }
    expect(difference).toBeUndefined();
  });

  it("matches at least 98% of the recorded cases", () => {
    const failures = cases.filter((recorded) => recorded.run() !== undefined).length;
    expect((cases.length - failures) / cases.length).toBeGreaterThanOrEqual(0.98);
  });
});
