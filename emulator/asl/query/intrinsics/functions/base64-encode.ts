/** The intrinsic function States.Base64Encode (text to Base64). */
import type { IntrinsicFunction } from "../argument-spec";
import { checkEncodingInputLength } from "./encoding-input-limit";

/** States.Base64Encode: the Base64 of the string's UTF-8 bytes. */
export const statesBase64Encode: IntrinsicFunction = {
  name: "States.Base64Encode",
  signature: { arguments: [{ name: "value", type: "string" }] },
  evaluate(args, invocation) {
    const value = args[0] as string;
    checkEncodingInputLength("States.Base64Encode", value, invocation);
    return Buffer.from(value, "utf8").toString("base64");
  },
};
