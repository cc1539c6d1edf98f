/** The intrinsic function States.Base64Decode (Base64 to text). */
import type { IntrinsicFunction } from "../argument-spec";
import { checkEncodingInputLength } from "./encoding-input-limit";

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** States.Base64Decode: the UTF-8 text of Base64 data; malformed Base64 is an error, not a best guess. */
export const statesBase64Decode: IntrinsicFunction = {
  name: "States.Base64Decode",
  signature: { arguments: [{ name: "encoded", type: "string" }] },
  evaluate(args, invocation) {
    const value = args[0] as string;
    checkEncodingInputLength("States.Base64Decode", value, invocation);
    if (!BASE64.test(value)) invocation.fail(`The input '${value}' to States.Base64Decode is not valid Base64`);
    return Buffer.from(value, "base64").toString("utf8");
  },
};
