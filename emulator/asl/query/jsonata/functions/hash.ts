/** The JSONata function `$hash` that Step Functions adds (a text's hex digest). */
import { HASH_ALGORITHMS, hexDigest } from "../../hash-digest";
import { AwsFunctionError } from "./aws-function-error";
import type { AwsJsonataFunction } from "./aws-jsonata-function";

/** `$hash(data, algorithm)`: the lowercase hex digest of the UTF-8 bytes of data. */
export const hash: AwsJsonataFunction = {
  name: "hash",
  signature: "<ss:s>",
  implementation(_call, data, algorithm) {
    const name = algorithm as string;
    const digest = hexDigest(data as string, name);
    if (digest === undefined) {
      throw new AwsFunctionError(`The hashing algorithm '${name}' is not supported. Supported algorithms: ${HASH_ALGORITHMS.join(", ")}`);
    }
    return digest;
  },
};
