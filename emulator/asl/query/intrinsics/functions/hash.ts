/** The intrinsic function States.Hash (a text's hex digest). */
import { HASH_ALGORITHMS, hexDigest } from "../../hash-digest";
import type { IntrinsicFunction } from "../argument-spec";
import { checkEncodingInputLength } from "./encoding-input-limit";

/** States.Hash: the lowercase hex digest of the string's UTF-8 bytes. */
export const statesHash: IntrinsicFunction = {
  name: "States.Hash",
  signature: {
    arguments: [
      { name: "data", type: "string" },
      { name: "algorithm", type: "string" },
    ],
  },
  evaluate(args, invocation) {
    const [data, algorithm] = args as [string, string];
    checkEncodingInputLength("States.Hash", data, invocation);
    const digest = hexDigest(data, algorithm);
    if (digest === undefined) {
      return invocation.fail(`The algorithm '${algorithm}' is not supported by States.Hash; use one of ${HASH_ALGORITHMS.join(", ")}`);
    }
    return digest;
  },
};
