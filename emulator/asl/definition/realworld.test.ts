import * as fs from "node:fs";
import * as path from "node:path";
import type { JsonObject } from "../../shared/json";
import { formatInvalidDefinitionMessage, validateDefinition } from "./validation";

/**
 * Definitions people published: those marked valid must be accepted, those marked invalid
 * (a real defect) must be rejected. `uncertain` ones are left out.
 */

/** Definitions we knowingly judge differently from the corpus, each with the reason. Only ever shrink this. */
const KNOWN_DIVERGENCES: Record<string, string> = {
  "guyernest+step-functions-agent__step-functions__supervisor-agent-flow-template.json":
    "a generator template whose Choices is [{}] (a rule with neither Condition nor Next); AWS requires both, as it requires Next in JSONPath rules",
};

const DEFINITIONS_DIR = path.resolve(__dirname, "../../..", "../shared/realworld/definitions");

const records = fs.existsSync(DEFINITIONS_DIR)
  ? fs
      .readdirSync(DEFINITIONS_DIR)
      .filter((name) => name.endsWith(".json"))
      .sort()
      .map((name) => [name, JSON.parse(fs.readFileSync(path.join(DEFINITIONS_DIR, name), "utf8")) as JsonObject] as const)
  : [];

function errorsOf(record: JsonObject): string[] {
  const text = JSON.stringify(record["definition"]);
  return validateDefinition(text, { type: "STANDARD" })
    .filter((diagnostic) => diagnostic.severity === "ERROR")
    .map((diagnostic) => formatInvalidDefinitionMessage([diagnostic]));
}

if (records.length === 0) {
  console.log(`Real-world definitions not found at ${DEFINITIONS_DIR}: skipping the real-world corpus test`);
  // Skipped only when ../shared/realworld is absent: there is no corpus to check.
  it.skip("checks the real-world corpus", () => undefined);
} else {
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
}
