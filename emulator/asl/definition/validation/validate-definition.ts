/** Definition validation from the top: JSON syntax, then top-level fields, then each scope of states. */
import { isJsonObject, type JsonObject } from "../../../shared/json";
import type { Diagnostic } from "../diagnostic";
import { errorAt, schemaError } from "./diagnostic-builders";
import { parseDefinitionJson } from "./parse-definition-json";
import { checkScope } from "./state-checks";
import type { ValidationContext } from "./validation-context";

export interface ValidateDefinitionOptions {
  type: "STANDARD" | "EXPRESS";
}

const TOP_LEVEL_FIELDS = ["Comment", "StartAt", "States", "Version", "TimeoutSeconds", "QueryLanguage"];

/**
 * Validates definition text as CreateStateMachine, UpdateStateMachine and
 * ValidateStateMachineDefinition do: JSON syntax, schema, then the graph of states.
 */
export function validateDefinition(definition: string, options: ValidateDefinitionOptions): Diagnostic[] {
  if (definition.trim() === "") return [errorAt("SCHEMA_VALIDATION_FAILED", "Definition must be a valid JSON object")];
  const parsed = parseDefinitionJson(definition);
  if (!parsed.ok) return [parsed.diagnostic];
  if (!isJsonObject(parsed.value)) return [errorAt("SCHEMA_VALIDATION_FAILED", "Definition must be a valid JSON object")];
  return validateStateMachine(parsed.value, options);
}

function validateStateMachine(machine: JsonObject, options: ValidateDefinitionOptions): Diagnostic[] {
  const context: ValidationContext = {
    workflowType: options.type,
    topLanguage: machine["QueryLanguage"] === "JSONata" ? "JSONata" : "JSONPath",
    diagnostics: [],
    labelDiagnostics: [],
    stateNames: new Set(),
  };
  const missing = ["States", "StartAt"].filter((field) => !(field in machine));
  if (missing.length > 0) context.diagnostics.push(schemaError(`These fields are required: [${missing.join(", ")}]`, "/"));
  for (const field of Object.keys(machine)) {
    if (!TOP_LEVEL_FIELDS.includes(field)) context.diagnostics.push(schemaError(`Field '${field}' is not supported`, "/"));
  }
  const language = machine["QueryLanguage"];
  if (language !== undefined && language !== "JSONPath" && language !== "JSONata") {
    context.diagnostics.push(schemaError("The field 'QueryLanguage' should have one of these values: [JSONPath, JSONata]", "/QueryLanguage"));
  }
  const comment = machine["Comment"];
  if (comment !== undefined && typeof comment !== "string") context.diagnostics.push(schemaError("Expected value of type: String", "/Comment"));
  const version = machine["Version"];
  if (version !== undefined && typeof version !== "string") context.diagnostics.push(schemaError("Expected value of type: String", "/Version"));
  const timeout = machine["TimeoutSeconds"];
  if (timeout !== undefined && (typeof timeout !== "number" || !Number.isInteger(timeout))) {
    context.diagnostics.push(schemaError("Expected value of type: Integer", "/TimeoutSeconds"));
  } else if (typeof timeout === "number" && timeout < 0) {
    context.diagnostics.push(schemaError("Minimum value is 0", "/TimeoutSeconds"));
  }
  checkScope(machine, "/", context);
  return [...context.diagnostics, ...context.labelDiagnostics];
}
