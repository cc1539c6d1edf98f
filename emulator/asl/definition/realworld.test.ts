/**
 * Definitions people published: those marked valid must be accepted, those marked invalid
 * (a real defect) must be rejected. `uncertain` ones are left out.
 */
import { loadRealworldDefinitions } from "../../../compat-tests/realworld-loader";
import type { JsonObject } from "../../shared/json";
import { formatInvalidDefinitionMessage, validateDefinition } from "./validation";

/** Definitions we knowingly judge differently from the corpus, each with the reason. Only ever shrink this. */
const KNOWN_DIVERGENCES: Record<string, string> = {
  "guyernest+step-functions-agent__step-functions__supervisor-agent-flow-template.json":
    "a generator template whose Choices is [{}] (a rule with neither Condition nor Next); AWS requires both, as it requires Next in JSONPath rules",
};

const records = loadRealworldDefinitions().map(({ name, record }) => [name, record] as const);

function errorsOf(record: JsonObject): string[] {
  const text = JSON.stringify(record["definition"]);
  return validateDefinition(text, { type: "STANDARD" })
    .filter((diagnostic) => diagnostic.severity === "ERROR")
    .map((diagnostic) => formatInvalidDefinitionMessage([diagnostic]));
}

describe("real-world definitions", () => {
  const valid = records.filter(([, record]) => record["expect"] === "valid");
  const invalid = records.filter(([, record]) => record["expect"] === "invalid");

  it.each(valid)("accepts %s", (name, record) => {
    if (KNOWN_DIVERGENCES[name] !== undefined) {
      expect({ name, stillRejected: errorsOf(record).length > 0 }).toEqual({ name, stillRejected: true });
      return;
    }
    expect(errorsOf(record)).toEqual([]);
  });

  it.each(invalid)("rejects %s", (_name, record) => {
    expect(errorsOf(record).length).toBeGreaterThan(0);
  });
});
