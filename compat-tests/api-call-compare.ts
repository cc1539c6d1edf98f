/**
 * Comparing one replayed API call with the recording: its response, or its error in the format the
 * original test snapshotted it.
 */
import { isJsonObject, type Json, type JsonObject } from "../emulator/shared/json";
import { caseKeyReplacements, caseRuntimeLiterals, rolePlaceholder } from "./case-transformers";
import { Comparison, shortJson, type Diff } from "./compare";
import { normalise, placeholderise } from "./normalise";
import {
  botoErrorResponse,
  botoErrorString,
  botoErrorTypename,
  REPLAY_ACCOUNT,
  REPLAY_REGION,
  REPLAY_ROLE_ARN,
  type ApiCallError,
  type ApiCallResult,
} from "./sfn-client";

export type ErrorFormat = "client_error_response" | "client_error_str" | "exception_typename_value";

/** An error in the form the test snapshotted it. */
export function formatError(error: ApiCallError, format: string | undefined): Json {
  switch (format) {
    case "client_error_str":
      return botoErrorString(error);
    case "exception_typename_value":
      return { exception_typename: botoErrorTypename(error), exception_value: botoErrorString(error) };
    default:
      return botoErrorResponse(error);
  }
}

/**
 * Whether the recording holds an error boto3 raised before sending the request (parameter
 * validation): our SDK sends such requests, so all we can ask is that the service refuses them.
 */
export function isClientSideError(recorded: Json | undefined): boolean {
  const text = JSON.stringify(recorded ?? null);
  return text.includes("ParamValidationError") || text.includes("Parameter validation failed");
}

/** The literal replacements of a single API call: role, account, region, partition. */
export function apiCallLiterals(expected: Json | undefined): Record<string, string> {
  const role = rolePlaceholder(expected);
  return {
    // Without a role token the recording kept the ARN (as `role/<resource:N>`), so ours stays as it is.
    ...(role !== undefined ? { [REPLAY_ROLE_ARN]: role } : {}),
    [REPLAY_ACCOUNT]: REPLAY_ACCOUNT,
    [REPLAY_REGION]: "<region>",
    "arn:aws:": "arn:<partition>:",
  };
}

/** Compares one call's response or error with the case's `expected` ({response} or {error, error_format}). */
export function compareApiCall(raw: JsonObject, result: ApiCallResult): Diff[] {
  const expectedRaw = isJsonObject(raw["expected"]) ? raw["expected"] : {};
  const cmp = new Comparison();
  const format = typeof expectedRaw["error_format"] === "string" ? expectedRaw["error_format"] : undefined;
  if (expectedRaw["error"] !== undefined && isClientSideError(expectedRaw["error"])) {
    if (!result.error) cmp.note("$", `expected the request to be refused (boto3 refused it client-side), got a response ${shortJson(result.response)}`);
    return cmp.diffs;
  }
  const got: JsonObject = result.response
    ? { response: result.response }
    : { error: formatError(result.error, format), error_format: format ?? "client_error_response" };
  const actual = normalise(got, { literals: apiCallLiterals(expectedRaw), keyReplacements: caseKeyReplacements(raw) });
  const expected = placeholderise(expectedRaw, caseRuntimeLiterals(raw));
  if (isJsonObject(expected) && isJsonObject(actual)) {
    const expKeys = Object.keys(expected).sort().join(",");
    const actKeys = Object.keys(actual).sort().join(",");
    if (expKeys !== actKeys) {
      if (result.error) {
        const got = `got error ${result.error.code}`;
        cmp.note("$", `expected a response, ${got}: ${result.error.message ?? ""}`, `expected a response, ${got}`);
      } else {
        const code = JSON.stringify(expected["error"] ?? null).match(/"(?:Code|exception_typename)": ?"([^"]+)"/)?.[1] ?? "error";
        cmp.note("$", `expected an error (${code}), got a response ${shortJson(actual["response"] ?? null, 160)}`, `expected an error (${code}), got a response`);
      }
      return cmp.diffs;
    }
  }
  cmp.value(expected, actual, "$");
  return cmp.diffs;
}
