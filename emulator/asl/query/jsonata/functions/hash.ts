import { createHash } from "node:crypto";
import { AwsFunctionError } from "./aws-function-error";
import type { AwsJsonataFunction } from "./aws-jsonata-function";

/** The algorithms Step Functions accepts, by the names it documents, and node:crypto's names for them. */
const ALGORITHMS: Readonly<Record<string, string>> = {
  MD5: "md5",
  "SHA-1": "sha1",
  "SHA-256": "sha256",
  "SHA-384": "sha384",
  "SHA-512": "sha512",
};

/** `$hash(data, algorithm)`: the lowercase hex digest of the UTF-8 bytes of data. */
export const hash: AwsJsonataFunction = {
  name: "hash",
  signature: "<ss:s>",
  implementation(_call, data, algorithm) {
    const name = algorithm as string;
    const nodeName = Object.prototype.hasOwnProperty.call(ALGORITHMS, name) ? ALGORITHMS[name] : undefined;
    if (nodeName === undefined) {
      throw new AwsFunctionError(
        `The hashing algorithm '${name}' is not supported. Supported algorithms: ${Object.keys(ALGORITHMS).join(", ")}`,
      );
    }
    return createHash(nodeName).update(data as string, "utf8").digest("hex");
  },
};
