/** One problem found in a definition, in AWS's wording (see ValidateStateMachineDefinition). */
export interface Diagnostic {
  severity: "ERROR" | "WARNING";
  /** e.g. SCHEMA_VALIDATION_FAILED, MISSING_TRANSITION_TARGET */
  code: string;
  message: string;
  /** JSON-Pointer-like path, e.g. `/States/X/Next` */
  location?: string;
}
