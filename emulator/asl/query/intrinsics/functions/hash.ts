import { createHash } from "node:crypto";
import type { IntrinsicFunction } from "../argument-spec";
import { MAX_ENCODING_INPUT_LENGTH } from "./base64-encode";

/** The algorithm names AWS accepts (case-sensitive), mapped to node:crypto's names. */
const ALGORITHMS: Readonly<Record<string, string>> = {
  MD5: "md5",
  "SHA-1": "sha1",
  "SHA-256": "sha256",
  "SHA-384": "sha384",
  "SHA-512": "sha512",
};

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
    if (data.length > MAX_ENCODING_INPUT_LENGTH) {
      invocation.fail(`The input to States.Hash exceeds the maximum of ${MAX_ENCODING_INPUT_LENGTH} characters`);
    }
    const nodeName = ALGORITHMS[algorithm];
    if (nodeName === undefined) {
      return invocation.fail(`The algorithm '${algorithm}' is not supported by States.Hash; use one of ${Object.keys(ALGORITHMS).join(", ")}`);
    }
    return createHash(nodeName).update(data, "utf8").digest("hex");
  },
};
