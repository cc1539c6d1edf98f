/**
 * What a mocked callback or `.sync` task shows as handed over: SQS's MD5 of the body as sent, and the
 * child execution's ARN and start date.
 */
import { createHash } from "node:crypto";
import { parseTaskResource } from "../../asl/definition/task-resource";
import { mockedSubmission } from "./service-results";

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
});
