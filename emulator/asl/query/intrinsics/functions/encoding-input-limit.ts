/** The input length AWS allows the Base64 and Hash intrinsics, and the check each of them makes. */
import type { IntrinsicInvocation } from "../argument-spec";

/** AWS limits the input of the Base64 and Hash intrinsics to this many characters. */
export const MAX_ENCODING_INPUT_LENGTH = 10000;

/** Fails the call, in AWS's words, when `value` is longer than the limit. */
export function checkEncodingInputLength(functionName: string, value: string, invocation: IntrinsicInvocation): void {
  if (value.length > MAX_ENCODING_INPUT_LENGTH) {
    invocation.fail(`The input to ${functionName} exceeds the maximum of ${MAX_ENCODING_INPUT_LENGTH} characters`);
  }
}
