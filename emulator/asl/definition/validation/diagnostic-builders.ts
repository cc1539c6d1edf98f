/** The diagnostic codes AWS reports for a definition, and helpers that build an ERROR diagnostic with one. */
import type { Diagnostic } from "../diagnostic";

/** Codes AWS uses in ValidateStateMachineDefinition diagnostics and InvalidDefinition messages. */
export type DiagnosticCode =
  | "SCHEMA_VALIDATION_FAILED"
  | "INVALID_JSON_DESCRIPTION"
  | "MISSING_TRANSITION_TARGET"
  | "MISSING_END_STATE"
  | "DUPLICATE_STATE_NAME"
  | "INVALID_STATE_NAME"
  | "INVALID_LABEL_NAME"
  | "INVALID_JSONATA_EXPRESSION"
  | "UNSUPPORTED_JSONATA_EXPRESSION";

export function errorAt(code: DiagnosticCode, message: string, location?: string): Diagnostic {
  return location === undefined ? { severity: "ERROR", code, message } : { severity: "ERROR", code, message, location };
}

export function schemaError(message: string, location: string): Diagnostic {
  return errorAt("SCHEMA_VALIDATION_FAILED", message, location);
}
