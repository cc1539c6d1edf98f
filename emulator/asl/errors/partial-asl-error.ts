/**
 * Errors whose Error or Cause may be absent (a Fail state that sets neither), and the event fields they
 * give.
 */
import { AslError } from "./asl-error";

/**
 * A failure whose Error or Cause may be absent, as from a Fail state that sets neither:
 * AWS leaves the absent fields out of the events it writes, so they travel as undefined.
 * `matchedAs` is the name Retry and Catch match when it differs from the one written (a heartbeat timeout).
 */
export class PartialAslError extends AslError {
  constructor(
    readonly givenError: string | undefined,
    readonly givenCause: string | undefined,
    matchedAs?: string,
  ) {
    super(matchedAs ?? givenError ?? "", givenCause ?? "");
  }
}

/** An AslError from fields that may be absent. */
export function aslErrorOf(error: string | undefined, cause: string | undefined): AslError {
  return error === undefined || cause === undefined ? new PartialAslError(error, cause) : new AslError(error, cause);
}

/** The error and cause an event should carry: absent ones stay absent. */
export function errorFieldsOf(error: AslError): { error?: string; cause?: string } {
  const fields: { error?: string; cause?: string } = {};
  const given = error instanceof PartialAslError ? { e: error.givenError, c: error.givenCause } : { e: error.error, c: error.cause };
  if (given.e !== undefined) fields.error = given.e;
  if (given.c !== undefined) fields.cause = given.c;
  return fields;
}
