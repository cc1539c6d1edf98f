/**
 * Rejections decided at the HTTP level, before any operation runs (too large, compressed, wrong
 * charset, no such route), and the one writer of every JSON answer with its request id, so no
 * answer of this server is ever HTML or carries a stack trace.
 */
import { randomUUID } from "node:crypto";
import type { ServerResponse } from "node:http";

export const JSON_CONTENT_TYPE = "application/x-amz-json-1.0";

/** A rejection with the HTTP status and `__type` it is answered with. */
export class HttpRejection extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "HttpRejection";
  }
}

/** Writes one AWS JSON answer: body serialised once, with its length and a fresh x-amzn-RequestId. */
export function writeJson(res: ServerResponse, status: number, body: object, extraHeaders?: Record<string, string>): void {
  const text = JSON.stringify(body);
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(status, {
    "Content-Type": JSON_CONTENT_TYPE,
    "Content-Length": Buffer.byteLength(text),
    "x-amzn-RequestId": randomUUID(),
    ...extraHeaders,
  });
  res.end(text);
}

/** Answers a rejection in AWS's error shape. */
export function writeRejection(res: ServerResponse, rejection: HttpRejection, extraHeaders?: Record<string, string>): void {
  writeJson(res, rejection.status, { __type: rejection.code, message: rejection.message }, extraHeaders);
}
