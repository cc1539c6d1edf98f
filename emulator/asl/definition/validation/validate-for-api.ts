/**
 * ValidateStateMachineDefinition's answer: the OK/FAIL result, diagnostics filtered by severity and capped
 * by maxResults.
 */
import type { Diagnostic } from "../diagnostic";
import { validateDefinition } from "./validate-definition";

export interface ValidateForApiOptions {
  type: "STANDARD" | "EXPRESS";
  /** Minimum severity to return: ERROR returns only errors, WARNING (the default) returns both. */
  severity?: "ERROR" | "WARNING";
  /** At most this many diagnostics; 0 or absent means AWS's default of 100. */
  maxResults?: number;
}

export interface ValidateForApiResult {
  result: "OK" | "FAIL";
  diagnostics: Diagnostic[];
  truncated: boolean;
}

const DEFAULT_MAX_RESULTS = 100;

/** The body of a ValidateStateMachineDefinition response. */
export function validateForApi(definition: string, options: ValidateForApiOptions): ValidateForApiResult {
  const all = validateDefinition(definition, { type: options.type });
  const result = all.some((diagnostic) => diagnostic.severity === "ERROR") ? "FAIL" : "OK";
  const wanted = options.severity === "ERROR" ? all.filter((diagnostic) => diagnostic.severity === "ERROR") : all;
  const limit = options.maxResults === undefined || options.maxResults <= 0 ? DEFAULT_MAX_RESULTS : options.maxResults;
  return { result, diagnostics: wanted.slice(0, limit), truncated: wanted.length > limit };
}
