/** Tests of Task events: the Credentials role in TaskScheduled, and TaskSubmitted for a hand-over. */
import { scheduledEvent, submittedEvent } from "./task-events";
import { parseTaskResource } from "../definition/task-resource";

describe("task events", () => {
  it("names the role of a Task's Credentials in its scheduled event", () => {
    const lambda = parseTaskResource("arn:aws:lambda:us-east-1:111111111111:function:f");
    expect(scheduledEvent(lambda, "us-east-1", { a: 1 }, undefined, undefined, { RoleArn: "arn:aws:iam::1:role/r" })).toEqual({
      type: "LambdaFunctionScheduled",
      details: {
        key: "lambdaFunctionScheduledEventDetails",
        value: { resource: lambda.resource, input: '{"a":1}', inputDetails: { truncated: false }, taskCredentials: { roleArn: "arn:aws:iam::1:role/r" } },
      },
    });
  });

  it("records a hand-over as TaskSubmitted with the service's answer", () => {
    const sqs = parseTaskResource("arn:aws:states:::sqs:sendMessage.waitForTaskToken");
    expect(submittedEvent(sqs, { MessageId: "m" })).toEqual({
      type: "TaskSubmitted",
      details: {
        key: "taskSubmittedEventDetails",
        value: { resourceType: "sqs", resource: "sendMessage.waitForTaskToken", output: '{"MessageId":"m"}', outputDetails: { truncated: false } },
      },
    });
  });
});
