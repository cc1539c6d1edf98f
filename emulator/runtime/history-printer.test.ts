/** The event log on stdout: Step Functions Local's format, JSON lines, short lines, and the start line. */
import type { HistoryEvent } from "../asl/history/history-event";
import { formatEvent } from "./history-printer";
import { sflStartLine } from "./sfl-timestamp";

const EXECUTION = {
  executionArn: "arn:aws:states:us-east-1:123456789012:execution:test:testRun",
  stateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:test",
};
// Local time, as Step Functions Local's logger prints it.
const AT = new Date(2020, 1, 7, 4, 4, 9, 6).getTime();

const STARTED: HistoryEvent = {
  id: 1,
  previousEventId: 0,
  timestamp: AT,
  type: "ExecutionStarted",
  details: {
    key: "executionStartedEventDetails",
    value: { input: "{}", inputDetails: { truncated: false }, roleArn: "arn:aws:iam::123456789012:role/DummyRole" },
  },
};
const SCHEDULED: HistoryEvent = {
  id: 3,
  previousEventId: 2,
  timestamp: AT + 14,
  type: "LambdaFunctionScheduled",
  details: {
    key: "lambdaFunctionScheduledEventDetails",
    value: { resource: "arn:aws:lambda:us-east-1:123456789012:function:CalculateTaxFunction", input: "{}", inputDetails: { truncated: false } },
  },
};
const STARTED_LAMBDA: HistoryEvent = { id: 4, previousEventId: 3, timestamp: AT + 14, type: "LambdaFunctionStarted" };

describe("the event log", () => {
  it("prints Step Functions Local's line: local timestamp, execution ARN, then Type, PreviousEventId and PascalCase details", () => {
    expect([STARTED, SCHEDULED, STARTED_LAMBDA].map((event) => formatEvent("sfl", EXECUTION, event))).toEqual([
      '2020-02-07 04:04:09.006: arn:aws:states:us-east-1:123456789012:execution:test:testRun : {"Type":"ExecutionStarted","PreviousEventId":0,"ExecutionStartedEventDetails":{"Input":"{}","RoleArn":"arn:aws:iam::123456789012:role/DummyRole"}}',
      '2020-02-07 04:04:09.020: arn:aws:states:us-east-1:123456789012:execution:test:testRun : {"Type":"LambdaFunctionScheduled","PreviousEventId":2,"LambdaFunctionScheduledEventDetails":{"Resource":"arn:aws:lambda:us-east-1:123456789012:function:CalculateTaxFunction","Input":"{}"}}',
      '2020-02-07 04:04:09.020: arn:aws:states:us-east-1:123456789012:execution:test:testRun : {"Type":"LambdaFunctionStarted","PreviousEventId":3}',
    ]);
  });

  it("prints one JSON object a line with the wire event, an ISO timestamp and the ARNs", () => {
    expect(JSON.parse(formatEvent("json", EXECUTION, STARTED))).toEqual({
      timestamp: new Date(AT).toISOString(),
      type: "ExecutionStarted",
      id: 1,
      previousEventId: 0,
      executionStartedEventDetails: { input: "{}", inputDetails: { truncated: false }, roleArn: "arn:aws:iam::123456789012:role/DummyRole" },
      ...EXECUTION,
    });
  });

  it("prints a short human line with the machine, execution, id, type and what matters of the details", () => {
    const failed: HistoryEvent = {
      id: 7,
      previousEventId: 6,
      timestamp: AT,
      type: "TaskFailed",
      details: { key: "taskFailedEventDetails", value: { resourceType: "lambda", resource: "invoke", error: "Lambda.Timeout", cause: "too slow" } },
    };
    expect(formatEvent("pretty", EXECUTION, failed)).toBe("04:04:09.006 test/testRun #7 TaskFailed  lambda:invoke  Lambda.Timeout: too slow");
    expect(formatEvent("pretty", EXECUTION, STARTED_LAMBDA)).toBe("04:04:09.020 test/testRun #4 LambdaFunctionStarted");
    expect(formatEvent("pretty", EXECUTION, SCHEDULED)).toBe(
      "04:04:09.020 test/testRun #3 LambdaFunctionScheduled  arn:aws:lambda:us-east-1:123456789012:function:CalculateTaxFunction  <- {}",
    );
  });

  it("writes the start line Step Functions Local prints once it listens", () => {
    expect(sflStartLine(new Date(2019, 0, 29, 15, 38, 6, 326), 8083, "123456789012", "us-east-1")).toBe(
      "2019-01-29 15:38:06.326: Starting server on port 8083 with account 123456789012, region us-east-1\n",
    );
  });
});
