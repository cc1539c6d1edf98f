/**
 * Reads a request body as UTF-8 text under AWS's request size quota, refusing what this server
 * cannot decode (compressed bodies, charsets other than UTF-8) before reading a byte of it.
 */
import type { IncomingMessage } from "node:http";
import { HttpRejection } from "./http-rejection";

/** AWS's quota: "Maximum request size: 1 MB per request", a hard limit. */
export const MAX_REQUEST_BYTES = 1024 * 1024;

const tooLarge = () =>
  new HttpRejection(413, "RequestEntityTooLargeException", `Request must be smaller than ${MAX_REQUEST_BYTES} bytes for the request body`);

/**
 * The reason this request's body cannot be read as text, else undefined. AWS's JSON protocol for
 * Step Functions declares no request compression, so a Content-Encoding other than identity is refused.
 */
export function unreadableBody(req: IncomingMessage): HttpRejection | undefined {
  const encoding = req.headers["content-encoding"];
  if (encoding !== undefined && encoding.trim().toLowerCase() !== "identity" && encoding.trim() !== "") {
    return new HttpRejection(415, "UnsupportedMediaTypeException", `Content-Encoding '${encoding}' is not supported; send the body uncompressed`);
  }
  const type = req.headers["content-type"];
  if (type !== undefined) {
    const charset = /;\s*charset\s*=\s*"?([^";\s]*)"?/i.exec(type)?.[1];
    if (charset !== undefined && !/^utf-?8$/i.test(charset)) {
      return new HttpRejection(415, "UnsupportedMediaTypeException", `Charset '${charset}' is not supported; send the body as UTF-8`);
    }
  }
  const declared = req.headers["content-length"];
  if (declared !== undefined && Number(declared) > MAX_REQUEST_BYTES) return tooLarge();
  return undefined;
}

/**
 * A rejected body is still read and thrown away, so the client sees the answer rather than a reset
 * connection, and the connection stays usable; past this many bytes the connection is dropped.
 */
const MAX_DISCARDED_BYTES = 64 * 1024 * 1024;

/** Reads and discards the rest of a body whose request was rejected. */
export function discardBody(req: IncomingMessage, alreadyRead = 0): void {
  let discarded = alreadyRead;
  req.on("data", (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > MAX_DISCARDED_BYTES) req.socket.destroy();
  });
  req.resume();
}

/** The body as text; rejects with 413 as soon as more than the quota has arrived, discarding the rest. */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    let failed = false;
    const onData = (chunk: Buffer) => {
      length += chunk.length;
      if (length > MAX_REQUEST_BYTES) {
        failed = true;
        req.off("data", onData);
        discardBody(req, length);
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.on("end", () => {
      if (failed) return;
      resolve(chunks.length === 1 ? (chunks[0] as Buffer).toString("utf8") : Buffer.concat(chunks, length).toString("utf8"));
    });
    req.on("error", (error) => {
      if (failed) return;
      failed = true;
      reject(error);
    });
  });
}
