/**
 * Every definition AWS ran in a recorded execution was accepted by CreateStateMachine, so the
 * validator must find no ERROR in any of them: the best guard against rejecting what AWS accepts.
 */
import { DEFAULT_CASES_DIR, loadCases } from "../../../../compat-tests/case-loader";
import { isJsonObject, type Json, type JsonObject } from "../../../shared/json";
import { formatInvalidDefinitionMessage, validateDefinition } from "./index";

const EXECUTION_KINDS = ["execution", "start_sync_execution", "mocked_execution", "execution_external"] as const;

/** Plausible values for the placeholders `_external` templates hold. */
const PLACEHOLDERS: Record<string, string> = {
  "${create_lambda_function['CreateFunctionResponse']['FunctionArn']}": "arn:aws:lambda:us-east-1:111111111111:function:test-function",
  "${create_activity['activityArn']}": "arn:aws:states:us-east-1:111111111111:activity:test-activity",
  "${stateMachine-arn}": "arn:aws:states:us-east-1:111111111111:stateMachine:test-machine",
  "${short_uid}": "abc123",
};

function definitionText(recorded: JsonObject): string | undefined {
  const template = recorded["definition_template"];
  if (typeof template === "string") {
    return Object.entries(PLACEHOLDERS).reduce((text, [placeholder, value]) => text.split(placeholder).join(value), template);
  }
  const definition: Json | undefined = recorded["definition"];
  if (typeof definition === "string") return definition;
  return isJsonObject(definition) ? JSON.stringify(definition) : undefined;
}

const accepted = loadCases(DEFAULT_CASES_DIR, { includeExternal: true, kinds: EXECUTION_KINDS })
  .map((recorded) => recorded.raw)
  .flatMap((recorded) => {
    const text = definitionText(recorded);
    const type = recorded["state_machine_type"] === "EXPRESS" || recorded["kind"] === "start_sync_execution" ? "EXPRESS" : "STANDARD";
    return text === undefined ? [] : [[String(recorded["id"]), text, type] as const];
  });

describe("definitions AWS accepted at creation", () => {
  it.each(accepted)("accepts %s", (_id, text, type) => {
    const errors = validateDefinition(text, { type }).filter((diagnostic) => diagnostic.severity === "ERROR");
    expect(errors.length === 0 ? "accepted" : formatInvalidDefinitionMessage(errors)).toBe("accepted");
  });
});
