/**
 * How a state's Catch list handles an error: the first matching catcher and the `{ Error, Cause }` it
 * passes on.
 */
import type { JsonObject } from "../../shared/json";
import type { Catcher } from "../definition/types";
import type { AslError } from "./asl-error";
import { errorMatches } from "./error-matching";
import { errorFieldsOf } from "./partial-asl-error";

export interface CaughtError {
  catcher: Catcher;
  /** The catcher's position in Catch, which JSONata error messages name. */
  index: number;
  /** `{ Error, Cause }` as the catcher's ResultPath or Output sees it; absent fields stay absent. */
  errorOutput: JsonObject;
}

/** The catcher a state's Catch list picks for an error: the first whose ErrorEquals matches. */
export function chooseCatcher(catchers: readonly Catcher[], error: AslError): CaughtError | undefined {
  const index = catchers.findIndex((candidate) => errorMatches(candidate.ErrorEquals, error.error));
  const catcher = catchers[index];
  if (!catcher) return undefined;
  const fields = errorFieldsOf(error);
  const errorOutput: JsonObject = {};
  if (fields.error !== undefined) errorOutput.Error = fields.error;
  if (fields.cause !== undefined) errorOutput.Cause = fields.cause;
  return { catcher, index, errorOutput };
}
