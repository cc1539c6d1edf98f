import { randomUUID } from "node:crypto";
import type { Json, JsonObject } from "../shared/json";
import { isJsonObject } from "../shared/json";
import { pythonJsonText } from "./python-json";

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

/** The `lambda:invoke` task result as AWS records it: the payload plus the SDK's HTTP metadata. */
export function lambdaInvokeResult(response: LambdaInvokeResponse): JsonObject {
  const length = String(Buffer.byteLength(response.payloadText, "utf8"));
  const traceId = `Root=1-${randomUUID().replace(/-/g, "").slice(0, 8)}-${randomUUID().replace(/-/g, "").slice(0, 24)}`;
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

/**
 * A mocked `lambda:invoke` Return is the Lambda response; fields it leaves out are filled the way a
 * real call fills them, so mocked histories look like real ones.
 */
export function completeMockedInvokeResult(mocked: Json, now: number): Json {
  if (!isJsonObject(mocked)) return mocked;
  const payload = mocked["Payload"] ?? null;
  const shaped = lambdaInvokeResult({
    statusCode: typeof mocked["StatusCode"] === "number" ? mocked["StatusCode"] : 200,
    executedVersion: typeof mocked["ExecutedVersion"] === "string" ? mocked["ExecutedVersion"] : "$LATEST",
    payload,
    payloadText: pythonJsonText(payload),
    requestId: randomUUID(),
    date: new Date(now).toUTCString(),
  });
  return { ...shaped, ...mocked };
}
