import type { IntrinsicFunction } from "../argument-spec";

/** AWS limits the input of the Base64 and Hash intrinsics to this many characters. */
export const MAX_ENCODING_INPUT_LENGTH = 10000;

/** States.Base64Encode: the Base64 of the string's UTF-8 bytes. */
export const statesBase64Encode: IntrinsicFunction = {
  name: "States.Base64Encode",
  signature: { arguments: [{ name: "value", type: "string" }] },
  evaluate(args, invocation) {
    const value = args[0] as string;
    if (value.length > MAX_ENCODING_INPUT_LENGTH) {
      invocation.fail(`The input to States.Base64Encode exceeds the maximum of ${MAX_ENCODING_INPUT_LENGTH} characters`);
    }
    return Buffer.from(value, "utf8").toString("base64");
  },
};
