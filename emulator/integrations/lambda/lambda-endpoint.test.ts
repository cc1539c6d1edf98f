/**
 * Lambda tasks against a configured endpoint: invoke results and legacy ARNs, function errors retried
 * and caught, throttling, timeouts, callbacks.
 */
import { DescribeExecutionCommand, SendTaskFailureCommand, SendTaskSuccessCommand, type SFNClient } from "@aws-sdk/client-sfn";
import type { Emulator } from "../..";
import { FakeLambdaServer } from "../testing/fake-lambda-server";
import { createMachine, finalHistory, startExecution, startTestEmulator, types, waitForEvent } from "../../testing/test-emulator";

const FUNCTION_ARN = "arn:aws:lambda:us-east-1:123456789012:function:greet";

describe("Lambda tasks against a LAMBDA_ENDPOINT", () => {
  let lambda: FakeLambdaServer;
  let emulator: Emulator;
  let sfn: SFNClient;

  beforeAll(async () => {
    lambda = new FakeLambdaServer({
      greet: (event) => ({ payload: { hello: (event as { name: string }).name } }),
      flaky: (_event, call) =>
        call < 2
          ? { payload: { errorType: "FlakyError", errorMessage: `attempt ${call}` }, functionError: "Unhandled" }
          : { payload: "recovered" },
      broken: () => ({ payload: { errorType: "BrokenError", errorMessage: "always" }, functionError: "Unhandled" }),
      slow: () => ({ payload: "late", delayMs: 3000 }),
      throttled: () => ({ payload: { message: "Rate exceeded" }, status: 429, errorType: "TooManyRequestsException" }),
      notify: () => ({ payload: null }),
    });
    const url = await lambda.start();
    ({ emulator, sfn } = await startTestEmulator({ endpoints: { lambda: url } }));
  });

  afterAll(async () => {
    sfn.destroy();
    await emulator.close();
    await lambda.stop();
  });

  it("returns the invoke result with Payload, StatusCode, ExecutedVersion and SDK metadata", async () => {
    const arn = await createMachine(sfn, {
      StartAt: "Call",
      States: {
        Call: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: "greet", "Payload.$": "$" }, End: true },
      },
    });
    const events = await finalHistory(sfn, await startExecution(sfn, arn, { name: "Ada" }));
    expect(types(events)).toEqual([
      "ExecutionStarted",
      "TaskStateEntered",
      "TaskScheduled",
      "TaskStarted",
      "TaskSucceeded",
      "TaskStateExited",
      "ExecutionSucceeded",
    ]);
    const output = JSON.parse(events[6]?.executionSucceededEventDetails?.output ?? "null");
    expect(output).toMatchObject({ Payload: { hello: "Ada" }, StatusCode: 200, ExecutedVersion: "$LATEST" });
    expect(output.SdkHttpMetadata.HttpStatusCode).toBe(200);
    expect(output.SdkHttpMetadata.HttpHeaders["Content-Length"]).toBe(String('{"hello":"Ada"}'.length));
    expect(output.SdkResponseMetadata.RequestId).toBe("req-0");
  });

  it("records LambdaFunction events for a function ARN resource and outputs the payload", async () => {
    const arn = await createMachine(sfn, { StartAt: "Call", States: { Call: { Type: "Task", Resource: FUNCTION_ARN, End: true } } });
    const events = await finalHistory(sfn, await startExecution(sfn, arn, { name: "Grace" }));
    expect(types(events)).toEqual([
      "ExecutionStarted",
      "TaskStateEntered",
      "LambdaFunctionScheduled",
      "LambdaFunctionStarted",
      "LambdaFunctionSucceeded",
      "TaskStateExited",
      "ExecutionSucceeded",
    ]);
    expect(events[2]?.lambdaFunctionScheduledEventDetails).toEqual({
      resource: FUNCTION_ARN,
      input: '{"name":"Grace"}',
      inputDetails: { truncated: false },
    });
    expect(events[6]?.executionSucceededEventDetails?.output).toBe('{"hello":"Grace"}');
  });

  it("retries a function error named by the payload's errorType, then succeeds", async () => {
    const arn = await createMachine(sfn, {
      StartAt: "Call",
      States: {
        Call: {
          Type: "Task",
          Resource: "arn:aws:states:::lambda:invoke",
          Parameters: { FunctionName: "flaky" },
          OutputPath: "$.Payload",
          Retry: [{ ErrorEquals: ["FlakyError"], IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 1 }],
          End: true,
        },
      },
    });
    const events = await finalHistory(sfn, await startExecution(sfn, arn));
    const failed = events.filter((event) => event.type === "TaskFailed");
    expect(failed).toHaveLength(2);
    expect(failed[0]?.taskFailedEventDetails?.error).toBe("FlakyError");
    expect(JSON.parse(failed[0]?.taskFailedEventDetails?.cause ?? "{}")).toEqual({ errorType: "FlakyError", errorMessage: "attempt 0" });
    expect(events[events.length - 1]?.executionSucceededEventDetails?.output).toBe('"recovered"');
  });

  it("catches a function error after its retries are spent", async () => {
    const arn = await createMachine(sfn, {
      StartAt: "Call",
      States: {
        Call: {
          Type: "Task",
          Resource: FUNCTION_ARN.replace("greet", "broken"),
          Retry: [{ ErrorEquals: ["BrokenError"], IntervalSeconds: 1, MaxAttempts: 1 }],
          Catch: [{ ErrorEquals: ["States.ALL"], Next: "Handled" }],
          End: true,
        },
        Handled: { Type: "Pass", End: true },
      },
    });
    const events = await finalHistory(sfn, await startExecution(sfn, arn));
    expect(events.filter((event) => event.type === "LambdaFunctionFailed")).toHaveLength(2);
    const output = JSON.parse(events[events.length - 1]?.executionSucceededEventDetails?.output ?? "{}");
    expect(output.Error).toBe("BrokenError");
  });

  it("reports throttling as Lambda.TooManyRequestsException with AWS's cause", async () => {
    const arn = await createMachine(sfn, {
      StartAt: "Call",
      States: { Call: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: "throttled" }, End: true } },
    });
    const events = await finalHistory(sfn, await startExecution(sfn, arn));
    const failed = events.find((event) => event.type === "TaskFailed")?.taskFailedEventDetails;
    expect(failed?.error).toBe("Lambda.TooManyRequestsException");
    expect(failed?.cause).toMatch(/^Rate exceeded \(Service: AWSLambda; Status Code: 429; Error Code: TooManyRequestsException;/);
  });

  it("times out a slow function with States.Timeout", async () => {
    const arn = await createMachine(sfn, {
      StartAt: "Call",
      States: {
        Call: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: "slow" }, TimeoutSeconds: 1, End: true },
      },
    });
    const events = await finalHistory(sfn, await startExecution(sfn, arn));
    expect(types(events).slice(-2)).toEqual(["TaskTimedOut", "ExecutionFailed"]);
    expect(events[events.length - 1]?.executionFailedEventDetails?.error).toBe("States.Timeout");
  });

  /** Starts a .waitForTaskToken Lambda task and returns the token the function was sent. */
  async function startCallback(): Promise<{ executionArn: string; sent: { token: string } }> {
    const arn = await createMachine(sfn, {
      StartAt: "Call",
      States: {
        Call: {
          Type: "Task",
          Resource: "arn:aws:states:::lambda:invoke.waitForTaskToken",
          Parameters: { FunctionName: "notify", Payload: { "token.$": "$$.Task.Token" } },
          End: true,
        },
      },
    });
    const executionArn = await startExecution(sfn, arn);
    await waitForEvent(sfn, executionArn, "TaskStarted");
    await new Promise((resolve) => setTimeout(resolve, 100));
    const sent = lambda.calls.filter((call) => call.functionName === "notify").pop()?.event as { token: string };
    return { executionArn, sent };
  }

  it("waits for SendTaskSuccess after invoking with .waitForTaskToken", async () => {
    const { executionArn, sent } = await startCallback();
    await sfn.send(new SendTaskSuccessCommand({ taskToken: sent.token, output: '{"approved":true}' }));
    const events = await finalHistory(sfn, executionArn);
    expect(events[events.length - 1]?.executionSucceededEventDetails?.output).toBe('{"approved":true}');
  });

  it("fails the task on SendTaskFailure after .waitForTaskToken", async () => {
    const { executionArn, sent } = await startCallback();
    await sfn.send(new SendTaskFailureCommand({ taskToken: sent.token, error: "Rejected", cause: "by a human" }));
    await finalHistory(sfn, executionArn);
    const described = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    expect(described.status).toBe("FAILED");
    expect(described.error).toBe("Rejected");
    expect(described.cause).toBe("by a human");
  });

  it("fails the task, not the emulator, when the endpoint is unreachable", async () => {
    const { emulator: other, sfn: client } = await startTestEmulator({ endpoints: { lambda: "http://127.0.0.1:1" } });
    try {
      const arn = await createMachine(client, {
        StartAt: "Call",
        States: { Call: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: "greet" }, End: true } },
      });
      const events = await finalHistory(client, await startExecution(client, arn));
      const failed = events.find((event) => event.type === "TaskFailed")?.taskFailedEventDetails;
      expect(failed?.error).toBe("Lambda.SdkClientException");
      expect(events[events.length - 1]?.type).toBe("ExecutionFailed");
    } finally {
      client.destroy();
      await other.close();
    }
  });
});
