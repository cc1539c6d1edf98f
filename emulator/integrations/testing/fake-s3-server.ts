/** A fake path-style S3 for tests: buckets and objects in memory, AWS's XML answers and error codes. */
import { createHash } from "node:crypto";
import * as http from "node:http";
import { FakeHttpServer } from "./fake-http-server";

interface StoredObject {
  body: Buffer;
  etag: string;
  lastModified: Date;
}

/**
 * A path-style S3 server for tests (`/<bucket>/<key>`): CreateBucket, GetObject, PutObject and
 * ListObjectsV2 with AWS's XML and error codes, so the emulator's S3 client is exercised end to end.
 */
export class FakeS3Server extends FakeHttpServer {
  readonly requests: Array<{ method: string; path: string }> = [];
  private readonly buckets = new Map<string, Map<string, StoredObject>>();
  private requestCount = 0;

  createBucket(bucket: string): void {
    if (!this.buckets.has(bucket)) this.buckets.set(bucket, new Map());
  }

  /** Stores an object, creating its bucket if needed (a test's setup). */
  putObject(bucket: string, key: string, body: string | Buffer): void {
    this.createBucket(bucket);
    const data = typeof body === "string" ? Buffer.from(body, "utf8") : body;
    this.buckets.get(bucket)?.set(key, { body: data, etag: `"${createHash("md5").update(data).digest("hex")}"`, lastModified: new Date() });
  }

  /** An object's text, or undefined when there is none. */
  getObject(bucket: string, key: string): string | undefined {
    return this.buckets.get(bucket)?.get(key)?.body.toString("utf8");
  }

  keys(bucket: string): string[] {
    return [...(this.buckets.get(bucket)?.keys() ?? [])].sort();
  }

  protected respond(req: http.IncomingMessage, requestBody: Buffer, res: http.ServerResponse): void {
    const url = new URL(req.url ?? "/", "http://localhost");
    const [, bucket = "", ...rest] = url.pathname.split("/");
    const key = rest.map((part) => decodeURIComponent(part)).join("/");
    const method = req.method ?? "GET";
    this.requests.push({ method, path: url.pathname });
    const requestId = `req-${++this.requestCount}`;
    const send = (status: number, body: string | Buffer, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "x-amz-request-id": requestId, "x-amz-id-2": `host-${requestId}`, ...headers });
      res.end(body);
    };
    const error = (status: number, code: string, message: string) =>
      send(
        status,
        `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message><RequestId>${requestId}</RequestId></Error>`,
        { "Content-Type": "application/xml" },
      );
    const objects = this.buckets.get(decodeURIComponent(bucket));
    if (key === "") {
      if (method === "PUT") {
        this.createBucket(decodeURIComponent(bucket));
        send(200, "");
        return;
      }
      if (!objects) return error(404, "NoSuchBucket", "The specified bucket does not exist");
      if (method === "GET" && url.searchParams.get("list-type") === "2") {
        send(200, listXml(decodeURIComponent(bucket), objects, url.searchParams), { "Content-Type": "application/xml" });
        return;
      }
      return error(400, "InvalidRequest", "Only ListObjectsV2 is served on a bucket here");
    }
    if (!objects) return error(404, "NoSuchBucket", "The specified bucket does not exist");
    if (method === "PUT") {
      this.putObject(decodeURIComponent(bucket), key, requestBody);
      send(200, "", { ETag: objects.get(key)?.etag ?? "" });
      return;
    }
    const object = objects.get(key);
    if (!object) return error(404, "NoSuchKey", "The specified key does not exist.");
    send(200, object.body, {
      "Content-Type": "application/octet-stream",
      "Content-Length": String(object.body.length),
      ETag: object.etag,
      "Last-Modified": object.lastModified.toUTCString(),
    });
  }
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** One ListObjectsV2 page (max-keys, continuation-token as the last key returned). */
function listXml(bucket: string, objects: Map<string, StoredObject>, params: URLSearchParams): string {
  const prefix = params.get("prefix") ?? "";
  const maxKeys = Number(params.get("max-keys") ?? "1000");
  const after = params.get("continuation-token") ?? params.get("start-after") ?? "";
  const keys = [...objects.keys()].filter((k) => k.startsWith(prefix) && k > after).sort();
  const page = keys.slice(0, maxKeys);
  const truncated = keys.length > page.length;
  const contents = page
    .map((k) => {
      const o = objects.get(k) as StoredObject;
      return `<Contents><Key>${escapeXml(k)}</Key><LastModified>${o.lastModified.toISOString()}</LastModified><ETag>${escapeXml(o.etag)}</ETag><Size>${o.body.length}</Size><StorageClass>STANDARD</StorageClass></Contents>`;
    })
    .join("");
  const next = truncated ? `<NextContinuationToken>${escapeXml(page[page.length - 1] ?? "")}</NextContinuationToken>` : "";
  return (
    `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">` +
    `<Name>${escapeXml(bucket)}</Name><Prefix>${escapeXml(prefix)}</Prefix><KeyCount>${page.length}</KeyCount><MaxKeys>${maxKeys}</MaxKeys>` +
    `<IsTruncated>${truncated}</IsTruncated>${contents}${next}</ListBucketResult>`
  );
}
