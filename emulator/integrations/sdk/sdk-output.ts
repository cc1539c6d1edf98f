/**
 * SDK command outputs turned into Task results as Step Functions reports them, and the HTTP metadata
 * of SQS, SNS and DynamoDB answers.
 */
import { randomUUID } from "node:crypto";
import type { Json, JsonObject } from "../../shared/json";
import { isJsonObject } from "../../shared/json";
import type { HttpAnswer } from "./sdk-client-loader";
import { sdkHttpMetadata } from "./sdk-http-metadata";
import type { Schema } from "./sdk-input";

interface ByteStream {
  transformToByteArray(): Promise<Uint8Array>;
}

function isByteStream(value: unknown): value is ByteStream {
  return typeof value === "object" && value !== null && typeof (value as Partial<ByteStream>).transformToByteArray === "function";
}

/**
 * An SDK v3 output as Step Functions reports an SDK call's result: no `$metadata`, members as the
 * API names them, timestamps as ISO-8601 text, streamed bodies (S3 GetObject) as UTF-8 text and
 * other blobs as base64, as the Java SDK's JSON mapping writes byte buffers.
 */
export async function sdkOutputJson(output: unknown, schema?: Schema): Promise<Json> {
  if (output === null || output === undefined) return null;
  if (output instanceof Date) return output.toISOString();
  if (output instanceof Uint8Array) return Buffer.from(output).toString("base64");
  if (isByteStream(output)) return Buffer.from(await output.transformToByteArray()).toString("utf8");
  if (typeof output === "bigint") return Number(output);
  if (typeof output === "string" || typeof output === "number" || typeof output === "boolean") return output;
  if (Array.isArray(output)) {
    const member = schema && (schema.isListSchema() ? schema.getValueSchema() : undefined);
    return Promise.all(output.map((item) => sdkOutputJson(item, member)));
  }
  if (typeof output === "object") {
    // NumericValue (big decimals) carries its text in `string`.
    const numeric = output as { type?: unknown; string?: unknown };
    if (numeric.type === "bigDecimal" && typeof numeric.string === "string") return Number(numeric.string);
    const isMap = schema?.isMapSchema() === true;
    const isStruct = schema !== undefined && (schema.isStructSchema() || schema.isUnionSchema());
    const members = isStruct ? schema.getMemberSchemas() : {};
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(output)) {
      if (key === "$metadata" || value === undefined) continue;
      // Structure members are PascalCase in Step Functions' results, even for camelCase APIs; map keys are data.
      const name = isStruct ? `${key.charAt(0).toUpperCase()}${key.slice(1)}` : key;
      out[name] = await sdkOutputJson(value, isMap ? schema.getValueSchema() : members[key]);
    }
    return out;
  }
  return null;
}

/** The request id of an answer: its `x-amzn-RequestId` header, else the SDK's, else a fresh one. */
function requestIdOf(answer: HttpAnswer | undefined, fallback: string | undefined): string {
  return answer?.headers["x-amzn-requestid"] ?? answer?.headers["x-amz-request-id"] ?? fallback ?? randomUUID();
}

/**
 * `SdkHttpMetadata` and `SdkResponseMetadata` for an SQS or SNS answer, from the real answer's
 * headers where it has them; `body` is the answer's text as AWS sends it, for the Content-Length
 * when the answer did not say.
 */
export function queueHttpMetadata(answer: HttpAnswer | undefined, contentType: string, body: string, requestId?: string): JsonObject {
  const id = requestIdOf(answer, requestId);
  const metadata = sdkHttpMetadata({
    contentType: answer?.headers["content-type"] ?? contentType,
    body,
    requestId: id,
    date: answer?.headers["date"] ?? new Date().toUTCString(),
    statusCode: answer?.statusCode ?? 200,
  });
  const length = answer?.headers["content-length"];
  const http = metadata["SdkHttpMetadata"];
  if (length !== undefined && isJsonObject(http) && isJsonObject(http["AllHttpHeaders"]) && isJsonObject(http["HttpHeaders"])) {
    http["AllHttpHeaders"]["Content-Length"] = [length];
    http["HttpHeaders"]["Content-Length"] = length;
  }
  return metadata;
}

/**
 * `SdkHttpMetadata` and `SdkResponseMetadata` for a DynamoDB answer, with the headers DynamoDB sends
 * (`Server`, `x-amz-crc32`); GetItem answers spell the request id header in lower case.
 */
export function dynamoDbHttpMetadata(answer: HttpAnswer | undefined, action: string, body: string, requestId?: string): JsonObject {
  const id = requestIdOf(answer, requestId);
  const requestIdHeader = action === "getItem" ? "x-amzn-requestid" : "x-amzn-RequestId";
  const headers: Array<[string, string]> = [
    ["Server", answer?.headers["server"] ?? "Server"],
    ["Connection", "keep-alive"],
    [requestIdHeader, id],
    ["x-amz-crc32", answer?.headers["x-amz-crc32"] ?? String(crc32(body))],
    ["Content-Length", answer?.headers["content-length"] ?? String(Buffer.byteLength(body, "utf8"))],
    ["Date", answer?.headers["date"] ?? new Date().toUTCString()],
    ["Content-Type", answer?.headers["content-type"] ?? "application/x-amz-json-1.0"],
  ];
  const all: JsonObject = {};
  const single: JsonObject = {};
  for (const [name, value] of headers) all[name] = [value];
  for (const [name, value] of [...headers].sort(([a], [b]) => a.localeCompare(b, "en", { sensitivity: "base" }))) single[name] = value;
  return {
    SdkHttpMetadata: { AllHttpHeaders: all, HttpHeaders: single, HttpStatusCode: answer?.statusCode ?? 200 },
    SdkResponseMetadata: { RequestId: id },
  };
}

let crcTable: Uint32Array | undefined;

/** CRC-32 of text, as DynamoDB's x-amz-crc32 header gives it for the body. */
function crc32(text: string): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of Buffer.from(text, "utf8")) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
