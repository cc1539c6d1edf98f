/**
 * The SDK HTTP metadata (`SdkHttpMetadata`, `SdkResponseMetadata`) Step Functions adds to optimized
 * integrations' results, and the answer bodies (SNS Publish's XML, JSON epoch seconds) whose length it gives.
 */
import type { JsonObject } from "../../shared/json";

/** One HTTP response of an AWS service, as much as Step Functions copies into a task result. */
export interface ServiceHttpResponse {
  /** `application/x-amz-json-1.0` for JSON-protocol services, `text/xml` for query-protocol ones. */
  contentType: string;
  /** The response body as the service sends it, for Content-Length. */
  body: string;
  requestId: string;
  /** An HTTP date (`Wed, 25 Nov 2026 10:47:45 GMT`). */
  date: string;
  statusCode?: number;
}

/**
 * `SdkHttpMetadata` and `SdkResponseMetadata` as Step Functions adds them to the results of its
 * optimized SQS, SNS and Step Functions integrations (the AWS SDK for Java's response metadata).
 */
export function sdkHttpMetadata(response: ServiceHttpResponse): JsonObject {
  const length = String(Buffer.byteLength(response.body, "utf8"));
  return {
    SdkHttpMetadata: {
      AllHttpHeaders: {
        "x-amzn-RequestId": [response.requestId],
        connection: ["keep-alive"],
        "Content-Length": [length],
        Date: [response.date],
        "Content-Type": [response.contentType],
      },
      HttpHeaders: {
        connection: "keep-alive",
        "Content-Length": length,
        "Content-Type": response.contentType,
        Date: response.date,
        "x-amzn-RequestId": response.requestId,
      },
      HttpStatusCode: response.statusCode ?? 200,
    },
    SdkResponseMetadata: { RequestId: response.requestId },
  };
}

/** The body of SNS Publish's query-protocol answer, byte for byte as AWS sends it. */
export function snsPublishBody(messageId: string, requestId: string): string {
  return (
    '<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">\n' +
    `  <PublishResult>\n    <MessageId>${messageId}</MessageId>\n  </PublishResult>\n` +
    `  <ResponseMetadata>\n    <RequestId>${requestId}</RequestId>\n  </ResponseMetadata>\n` +
    "</PublishResponse>\n"
  );
}

/** A timestamp as AWS JSON 1.0 writes it: epoch seconds in Java's double notation (`1.745486528077E9`). */
export function awsJsonEpochSeconds(epochMillis: number): string {
  const digits = String(Math.trunc(Math.abs(epochMillis)));
  const exponent = digits.length - 4;
  if (exponent < 7) return String(epochMillis / 1000);
  const fraction = digits.slice(1).replace(/0+$/, "");
  return `${epochMillis < 0 ? "-" : ""}${digits[0] ?? "0"}.${fraction || "0"}E${exponent}`;
}
