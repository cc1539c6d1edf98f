/**
 * The hash algorithms Step Functions offers and the hex digests they give, shared by States.Hash and
 * JSONata's $hash.
 */
import { createHash } from "node:crypto";

/** The hash algorithms Step Functions accepts, by the names it documents (case-sensitive). */
export const HASH_ALGORITHMS: readonly string[] = ["MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512"];

const NODE_NAMES: Readonly<Record<string, string>> = {
  MD5: "md5",
  "SHA-1": "sha1",
  "SHA-256": "sha256",
  "SHA-384": "sha384",
  "SHA-512": "sha512",
};

/** The lowercase hex digest of the text's UTF-8 bytes, as States.Hash and $hash give it; undefined for an unknown algorithm. */
export function hexDigest(text: string, algorithm: string): string | undefined {
  const nodeName = Object.prototype.hasOwnProperty.call(NODE_NAMES, algorithm) ? NODE_NAMES[algorithm] : undefined;
  return nodeName === undefined ? undefined : createHash(nodeName).update(text, "utf8").digest("hex");
}
