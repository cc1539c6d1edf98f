/**
 * SDK outputs turned into task results (dates, blobs, member casing, map keys) and the HTTP metadata
 * of SQS, SNS and DynamoDB answers.
 */
import { Readable } from "node:stream";
import * as zlib from "node:zlib";
import { sdkStreamMixin } from "@smithy/core/serde";
import { GetItemCommand } from "@aws-sdk/client-dynamodb";
import { StartExecutionCommand } from "@aws-sdk/client-sfn";
import { operationShape } from "./sdk-input";
import { dynamoDbHttpMetadata, queueHttpMetadata, sdkOutputJson } from "./sdk-output";

describe("sdkOutputJson", () => {
  it("drops $metadata and undefined members, writes dates as ISO-8601 text and keeps map keys as they are", async () => {
    const output = {
      $metadata: { httpStatusCode: 200 },
      Item: { id: { S: "id1" }, count: { N: "3" } },
      CreatedDate: new Date(Date.UTC(2025, 3, 24, 9, 22, 8, 77)),
      NextToken: undefined,
      Count: 1,
      Flags: [true, false],
    };
    expect(await sdkOutputJson(output)).toEqual({
      Item: { id: { S: "id1" }, count: { N: "3" } },
      CreatedDate: "2025-04-24T09:22:08.077Z",
      Count: 1,
      Flags: [true, false],
    });
  });

  it("writes blobs as base64 and a streamed body as its UTF-8 text", async () => {
    const body = sdkStreamMixin(Readable.from([Buffer.from("text "), Buffer.from("data")]));
    expect(await sdkOutputJson({ CiphertextBlob: new Uint8Array([1, 2, 255]), Body: body })).toEqual({ CiphertextBlob: "AQL/", Body: "text data" });
  });
});

describe("sdkOutputJson with the operation's output schema", () => {
  it("writes structure members PascalCase for an API whose members are camelCase", async () => {
    const shape = operationShape(new StartExecutionCommand({} as never).schema, "output");
    const output = { $metadata: {}, executionArn: "arn:x", startDate: new Date(Date.UTC(2024, 3, 18)) };
    expect(await sdkOutputJson(output, shape)).toEqual({ ExecutionArn: "arn:x", StartDate: "2024-04-18T00:00:00.000Z" });
  });

  it("keeps the keys of maps, which are data", async () => {
    const shape = operationShape(new GetItemCommand({} as never).schema, "output");
    const output = { Item: { data: { S: "HelloWorld" }, id: { S: "id1" } } };
    expect(await sdkOutputJson(output, shape)).toEqual(output);
  });
});

describe("queueHttpMetadata", () => {
  it("takes the request id, date and length from the answer's headers", () => {
    const answer = { statusCode: 200, headers: { "x-amzn-requestid": "rid", date: "Thu, 18 Apr 2024 06:27:01 GMT", "content-length": "106", "content-type": "application/x-amz-json-1.0" } };
    expect(queueHttpMetadata(answer, "application/x-amz-json-1.0", "{}")).toEqual({
      SdkHttpMetadata: {
        AllHttpHeaders: {
          "x-amzn-RequestId": ["rid"],
          connection: ["keep-alive"],
          "Content-Length": ["106"],
          Date: ["Thu, 18 Apr 2024 06:27:01 GMT"],
          "Content-Type": ["application/x-amz-json-1.0"],
        },
        HttpHeaders: {
          connection: "keep-alive",
          "Content-Length": "106",
          "Content-Type": "application/x-amz-json-1.0",
          Date: "Thu, 18 Apr 2024 06:27:01 GMT",
          "x-amzn-RequestId": "rid",
        },
        HttpStatusCode: 200,
      },
      SdkResponseMetadata: { RequestId: "rid" },
    });
  });
});

describe("dynamoDbHttpMetadata", () => {
  it("has DynamoDB's headers and, without an answer, the body's length and CRC-32", () => {
    const metadata = dynamoDbHttpMetadata(undefined, "putItem", "{}", "rid") as any;
    expect(metadata.SdkResponseMetadata).toEqual({ RequestId: "rid" });
    expect(metadata.SdkHttpMetadata.HttpHeaders).toEqual({
      Connection: "keep-alive",
      "Content-Length": "2",
      "Content-Type": "application/x-amz-json-1.0",
      Date: expect.any(String),
      Server: "Server",
      "x-amz-crc32": String(zlib.crc32("{}")),
      "x-amzn-RequestId": "rid",
    });
  });

  it("spells the request id header in lower case for GetItem, as DynamoDB does", () => {
    const metadata = dynamoDbHttpMetadata(undefined, "getItem", "{}", "rid") as any;
    expect(metadata.SdkHttpMetadata.AllHttpHeaders["x-amzn-requestid"]).toEqual(["rid"]);
    expect(metadata.SdkHttpMetadata.AllHttpHeaders["x-amzn-RequestId"]).toBeUndefined();
  });
});
