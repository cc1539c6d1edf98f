import { createHash } from "node:crypto";
import { parseTaskResource } from "../asl/states/task-resource";
import { completeMockedResult, mockedSubmission } from "./service-results";

const NOW = Date.UTC(2026, 10, 25, 10, 0, 0);

interface Submitted {
  [key: string]: unknown;
  SdkHttpMetadata: { HttpHeaders: Record<string, string> };
}

describe("mocked service results", () => {
  it("hands an SQS callback task over with the MD5 of the message body as sent", () => {
    const resource = parseTaskResource("arn:aws:states:::sqs:sendMessage.waitForTaskToken");
    const submitted = mockedSubmission(resource, { QueueUrl: "q", MessageBody: { Message: "hi" } }, "done", NOW) as Submitted;
    expect(submitted["MD5OfMessageBody"]).toBe(createHash("md5").update('{"Message":"hi"}').digest("hex"));
    expect(submitted["MessageId"]).toMatch(/^[0-9a-f-]{36}$/);
    // {"MD5OfMessageBody":"<32>","MessageId":"<36>"} is 106 bytes, as AWS records.
    expect(submitted["SdkHttpMetadata"].HttpHeaders["Content-Length"]).toBe("106");
    expect(submitted["SdkHttpMetadata"].HttpHeaders["Date"]).toBe("Wed, 25 Nov 2026 10:00:00 GMT");
  });

  it("hands a .sync child execution over with the mocked execution's ARN and start date", () => {
    const resource = parseTaskResource("arn:aws:states:::states:startExecution.sync:2");
    const mocked = { ExecutionArn: "arn:aws:states:us-east-1:1:execution:M:E", StartDate: "1745486528077", Status: "SUCCEEDED" };
    const submitted = mockedSubmission(resource, { StateMachineArn: "arn:aws:states:us-east-1:1:stateMachine:M" }, mocked, NOW) as Submitted;
    expect(submitted["ExecutionArn"]).toBe("arn:aws:states:us-east-1:1:execution:M:E");
    expect(submitted["StartDate"]).toBe(1745486528077);
    const body = '{"executionArn":"arn:aws:states:us-east-1:1:execution:M:E","startDate":1.745486528077E9}';
    expect(submitted["SdkHttpMetadata"].HttpHeaders["Content-Length"]).toBe(String(body.length));
  });

  it("adds the redrive fields DescribeExecution gives to a mocked .sync success", () => {
    const resource = parseTaskResource("arn:aws:states:::states:startExecution.sync");
    expect(completeMockedResult(resource, { Status: "SUCCEEDED", Output: "{}" }, NOW)).toEqual({
      RedriveCount: 0,
      RedriveStatus: "NOT_REDRIVABLE",
      RedriveStatusReason: "Execution is SUCCEEDED and cannot be redriven",
      Status: "SUCCEEDED",
      Output: "{}",
    });
  });

  it("adds HTTP metadata to mocked SNS Publish and SQS SendMessage answers but keeps what the mock gives", () => {
    const sns = completeMockedResult(parseTaskResource("arn:aws:states:::sns:publish"), { MessageId: "11112222-3333-4444-5555-666677778888" }, NOW) as Submitted;
    expect(sns["SdkHttpMetadata"].HttpHeaders).toMatchObject({ "Content-Length": "294", "Content-Type": "text/xml" });
    const given = { MD5OfMessageBody: "m", MessageId: "i", SdkHttpMetadata: { given: true } };
    expect(completeMockedResult(parseTaskResource("arn:aws:states:::sqs:sendMessage"), given, NOW)).toMatchObject({ SdkHttpMetadata: { given: true } });
  });

  it("leaves other services' mocked answers as they are", () => {
    const value = { FailedEntryCount: 0, Entries: [] };
    expect(completeMockedResult(parseTaskResource("arn:aws:states:::events:putEvents"), value, NOW)).toBe(value);
  });
});
