/**
 * The result of a `lambda:invoke` Task as AWS records it: the Lambda Invoke answer with the SDK's HTTP
 * metadata and a trace id.
 */
import { randomUUID } from "node:crypto";
import type { Json, JsonObject } from "../../shared/json";

/** What a Lambda Invoke call answered, before Step Functions shapes it into the task result. */
export interface LambdaInvokeResponse {
  statusCode: number;
  executedVersion: string;
  payload: Json;
  /** The payload bytes as the function returned them, for Content-Length. */
  payloadText: string;
  requestId: string;
  date: string;
}

/**
 * The `lambda:invoke` task result as AWS records it: the payload plus the SDK's HTTP metadata;
 * `newId` makes its trace id (reproducible when the emulator is seeded).
 */
export function lambdaInvokeResult(response: LambdaInvokeResponse, newId: () => string = randomUUID): JsonObject {
  const length = String(Buffer.byteLength(response.payloadText, "utf8"));
  const traceId = `Root=1-${newId().replace(/-/g, "").slice(0, 8)}-${newId().replace(/-/g, "").slice(0, 24)}`;
  return {
    ExecutedVersion: response.executedVersion,
    Payload: response.payload,
    SdkHttpMetadata: {
      AllHttpHeaders: {
        "X-Amz-Executed-Version": [response.executedVersion],
        "x-amzn-Remapped-Content-Length": ["0"],
        Connection: ["keep-alive"],
        "x-amzn-RequestId": [response.requestId],
        "Content-Length": [length],
        Date: [response.date],
        "X-Amzn-Trace-Id": [traceId],
        "Content-Type": ["application/json"],
      },
      HttpHeaders: {
        Connection: "keep-alive",
        "Content-Length": length,
        "Content-Type": "application/json",
        Date: response.date,
        "X-Amz-Executed-Version": response.executedVersion,
        "x-amzn-Remapped-Content-Length": "0",
        "x-amzn-RequestId": response.requestId,
        "X-Amzn-Trace-Id": traceId,
      },
      HttpStatusCode: response.statusCode,
    },
    SdkResponseMetadata: { RequestId: response.requestId },
    StatusCode: response.statusCode,
  };
}
