/**
 * Request validation before any handler runs: the JSON type check, then the constraint check, turned
 * into one AWS-shaped error.
 */
import { ServiceError } from "../../shared/service-error";
import { checkJsonTypes } from "./check-json-types";
import { findViolations } from "./check-constraints";
import type { OperationName } from "./operation-names";
import { operationModel } from "./operation-names";
import { shapeNamed } from "./load-service-model";

/**
 * Checks a parsed request body against the operation's input shape as AWS does before any
 * handler runs: a SerializationException for the first member of the wrong JSON type, else a
 * ValidationException listing every missing required member and constraint violation.
 * Unknown members are ignored and null members count as absent, as on AWS.
 */
export function validateRequest(operation: OperationName, body: unknown): ServiceError | undefined {
  const inputShape = shapeNamed(operationModel(operation).input);
  const typeError = checkJsonTypes(body, inputShape);
  if (typeError !== undefined) return typeError;
  const violations = findViolations(body as Record<string, unknown>, inputShape);
  if (violations.length === 0) return undefined;
  return new ServiceError("ValidationException", validationMessage(violations));
}

/** "1 validation error detected: ..." / "2 validation errors detected: ...; ...". */
export function validationMessage(violations: readonly string[]): string {
  const noun = violations.length === 1 ? "error" : "errors";
  return `${violations.length} validation ${noun} detected: ${violations.join("; ")}`;
}
