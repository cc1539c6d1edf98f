/**
 * How definition diagnostics become the text of the InvalidDefinition error that CreateStateMachine
 * returns.
 */
import type { Diagnostic } from "../diagnostic";
import { pythonRepr } from "./python-repr";

/**
 * The `message` of CreateStateMachine's and UpdateStateMachine's InvalidDefinition error.
 * AWS checks Map Labels only once the definition is otherwise valid, and words that failure as
 * a Python exception quoting the definition text, so `definition` is needed for that case.
 */
export function formatInvalidDefinitionMessage(diagnostics: Diagnostic[], definition?: string): string {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === "ERROR");
  const schemaErrors = errors.filter((diagnostic) => diagnostic.code !== "INVALID_LABEL_NAME");
  const labelError = errors.find((diagnostic) => diagnostic.code === "INVALID_LABEL_NAME");
  if (schemaErrors.length === 0 && labelError !== undefined && definition !== undefined) {
    return `Error=ValueError Args=[${pythonRepr(labelError.message)}] in definition '${definition}'.`;
  }
  const parts = (schemaErrors.length > 0 ? schemaErrors : errors).map(
    (diagnostic) => `${diagnostic.code}: ${diagnostic.message.trimEnd()} at ${diagnostic.location ?? "null"}`,
  );
  return `Invalid State Machine Definition: '${parts.join(", ")}'`;
}
