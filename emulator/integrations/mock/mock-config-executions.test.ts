/**
 * Executions run with a mock config test case: retries, Catch, Map iterations, callbacks, unmocked
 * states, and the file reloaded or refused.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { StartExecutionCommand, type SFNClient } from "@aws-sdk/client-sfn";
import { createEmulator, type Emulator } from "../..";
import { FakeLambdaServer } from "../testing/fake-lambda-server";
import { createMachine, finalHistory, startTestEmulator, types } from "../../testing/test-emulator";

const LAMBDA_RETRY = {
  StartAt: "Charge",
  States: {
    Charge: {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke",
      Parameters: { FunctionName: "charge", "Payload.$": "$" },
      ResultSelector: { "result.$": "$.Payload" },
      Retry: [{ ErrorEquals: ["Lambda.TooManyRequestsException"], IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 1 }],
      Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "Refund" }],
      Next: "Ship",
    },
    Ship: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: "ship" }, OutputPath: "$.Payload", End: true },
    Refund: { Type: "Pass", End: true },
  },
};

function mockConfig(extra: Record<string, unknown> = {}) {
  return {
    StateMachines: {
      Orders: {
        TestCases: {
          RetryThenOk: { Charge: "ThrottledTwice", Ship: "Shipped" },
          AlwaysThrottled: { Charge: "Throttled" },
          Hybrid: { Charge: "ThrottledTwice" },
          ...extra,
        },
      },
    },
    MockedResponses: {
      ThrottledTwice: {
        "0-1": { Throw: { Error: "Lambda.TooManyRequestsException", Cause: "Rate exceeded" } },
        "2": { Return: { StatusCode: 200, Payload: { charged: 42 } } },
      },
      Throttled: { "0": { Throw: { Error: "Lambda.TooManyRequestsException", Cause: "Rate exceeded" } } },
      Shipped: { "0": { Return: { StatusCode: 200, Payload: "mock-shipped" } } },
    },
  };
}

describe("mock config test cases", () => {
  let dir: string;
  let file: string;
  let lambda: FakeLambdaServer;
  let emulator: Emulator;
  let sfn: SFNClient;
  let machineArn: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-mocks-"));
    file = path.join(dir, "MockConfigFile.json");
    fs.writeFileSync(file, JSON.stringify(mockConfig()));
    lambda = new FakeLambdaServer({ ship: () => ({ payload: "really-shipped" }) });
    const url = await lambda.start();
    ({ emulator, sfn } = await startTestEmulator({ mockConfigPath: file, endpoints: { lambda: url } }));
    machineArn = await createMachine(sfn, LAMBDA_RETRY, "Orders");
  });

  afterAll(async () => {
    sfn.destroy();
    await emulator.close();
    await lambda.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function run(testCase: string, input: unknown = { order: 1 }) {
    const started = await sfn.send(new StartExecutionCommand({ stateMachineArn: `${machineArn}#${testCase}`, input: JSON.stringify(input) }));
    return finalHistory(sfn, started.executionArn as string);
  }

  it("consumes one invocation per retry and answers each from its range", async () => {
    const events = await run("RetryThenOk");
    expect(types(events).filter((type) => type.startsWith("Task") && !type.startsWith("TaskState"))).toEqual([
      "TaskScheduled", "TaskStarted", "TaskFailed",
      "TaskScheduled", "TaskStarted", "TaskFailed",
      "TaskScheduled", "TaskStarted", "TaskSucceeded",
      "TaskScheduled", "TaskStarted", "TaskSucceeded",
    ]);
    expect(events[events.length - 1]?.executionSucceededEventDetails?.output).toBe('"mock-shipped"');
  });

  it("takes a mocked lambda:invoke Return as the task result exactly as written", async () => {
    const events = await run("RetryThenOk");
    const succeeded = events.find((event) => event.type === "TaskSucceeded");
    expect(JSON.parse(succeeded?.taskSucceededEventDetails?.output ?? "{}")).toEqual({ StatusCode: 200, Payload: { charged: 42 } });
  });

  it("reaches Catch when the mocked errors outlast the retries", async () => {
    const events = await run("AlwaysThrottled");
    expect(events.filter((event) => event.type === "TaskFailed")).toHaveLength(4);
    const output = JSON.parse(events[events.length - 1]?.executionSucceededEventDetails?.output ?? "{}");
    expect(output.error).toEqual({ Error: "Lambda.TooManyRequestsException", Cause: "Rate exceeded" });
  });

  it("sends states the test case does not mock to the configured endpoint", async () => {
    const events = await run("Hybrid");
    expect(events[events.length - 1]?.executionSucceededEventDetails?.output).toBe('"really-shipped"');
  });

  it("rejects an unknown test case at StartExecution", async () => {
    await expect(
      sfn.send(new StartExecutionCommand({ stateMachineArn: `${machineArn}#NoSuchCase`, input: "{}" })),
    ).rejects.toMatchObject({ name: "ValidationException", message: expect.stringMatching(/Test case 'NoSuchCase' is not defined/) });
  });

  it("picks up changes to the file without a restart, and keeps the last good version on a bad edit", async () => {
    fs.writeFileSync(
      file,
      JSON.stringify({
        ...mockConfig({ Added: { Charge: "Throttled" } }),
      }),
    );
    // Some file systems keep mtime in whole seconds; the size changes too, which is enough here.
    const events = await run("Added");
    expect(events[events.length - 1]?.type).toBe("ExecutionSucceeded");
    fs.writeFileSync(file, "{ not json");
    const again = await run("Added");
    expect(again[again.length - 1]?.type).toBe("ExecutionSucceeded");
  });

  it("stops the start with the file, the place in it and the problem when the file is bad", async () => {
    const bad = path.join(dir, "Bad.json");
    fs.writeFileSync(bad, JSON.stringify({ MockedResponses: { R: { "0": { Return: 1 } } }, StateMachines: { M: { TestCases: { T: { S: "Nope" } } } } }));
    await expect(createEmulator({ port: 0, inMemory: true, logLevel: "silent", mockConfigPath: bad })).rejects.toThrow(
      `mock config ${bad}: at /StateMachines/M/TestCases/T/S: mocked response 'Nope' is not defined in MockedResponses`,
    );
  });

  it("counts Map iterations as invocations of the mocked state", async () => {
    fs.writeFileSync(
      file,
      JSON.stringify({
        StateMachines: { Fanout: { TestCases: { Each: { Work: "Numbered" } } } },
        MockedResponses: { Numbered: { "0": { Return: "a" }, "1": { Return: "b" }, "2": { Return: "c" } } },
      }),
    );
    const fanout = await createMachine(
      sfn,
      {
        StartAt: "Each",
        States: {
          Each: {
            Type: "Map",
            MaxConcurrency: 1,
            ItemProcessor: { StartAt: "Work", States: { Work: { Type: "Task", Resource: "arn:aws:states:::sqs:sendMessage", End: true } } },
            End: true,
          },
        },
      },
      "Fanout",
    );
    const started = await sfn.send(new StartExecutionCommand({ stateMachineArn: `${fanout}#Each`, input: "[1,2,3]" }));
    const events = await finalHistory(sfn, started.executionArn as string);
    expect(events[events.length - 1]?.executionSucceededEventDetails?.output).toBe('["a","b","c"]');
  });

  it("records the hand-over of mocked callback and .sync tasks as TaskSubmitted before their result", async () => {
    fs.writeFileSync(
      file,
      JSON.stringify({
        StateMachines: { Handover: { TestCases: { Mocked: { Wait: "Approved", Child: "ChildFailed" } } } },
        MockedResponses: {
          Approved: { "0": { Return: "approved" } },
          ChildFailed: { "0": { Throw: { Error: "States.TaskFailed", Cause: "child failed" } } },
        },
      }),
    );
    const handover = await createMachine(
      sfn,
      {
        StartAt: "Wait",
        States: {
          Wait: {
            Type: "Task",
            Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
            Parameters: { QueueUrl: "q", MessageBody: { "Token.$": "$$.Task.Token" } },
            ResultPath: "$.approval",
            Next: "Child",
          },
          Child: {
            Type: "Task",
            Resource: "arn:aws:states:::states:startExecution.sync",
            Parameters: { StateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:child" },
            End: true,
          },
        },
      },
      "Handover",
    );
    const started = await sfn.send(new StartExecutionCommand({ stateMachineArn: `${handover}#Mocked`, input: "{}" }));
    const events = await finalHistory(sfn, started.executionArn as string);
    expect(types(events).filter((type) => type.startsWith("Task") && !type.startsWith("TaskState"))).toEqual([
      "TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded",
      "TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskFailed",
    ]);
    const submitted = events.filter((event) => event.type === "TaskSubmitted").map((event) => event.taskSubmittedEventDetails);
    expect(submitted[0]).toMatchObject({ resource: "sendMessage.waitForTaskToken", resourceType: "sqs" });
    expect(Object.keys(JSON.parse(submitted[0]?.output ?? "{}")).sort()).toEqual(["MD5OfMessageBody", "MessageId", "SdkHttpMetadata", "SdkResponseMetadata"]);
    expect(JSON.parse(submitted[1]?.output ?? "{}")).toMatchObject({
      ExecutionArn: expect.stringMatching(/^arn:aws:states:us-east-1:123456789012:execution:child:/),
    });
  });

  it("mocks activity states and aws-sdk integrations, with the activity's start recorded", async () => {
    fs.writeFileSync(
      file,
      JSON.stringify({
        StateMachines: { Mixed: { TestCases: { AllMocked: { Approve: "Approved", Read: "SecretValue" } } } },
        MockedResponses: { Approved: { "0": { Return: { ok: true } } }, SecretValue: { "0": { Return: { SecretString: "s3cr3t" } } } },
      }),
    );
    const mixed = await createMachine(
      sfn,
      {
        StartAt: "Approve",
        States: {
          Approve: { Type: "Task", Resource: "arn:aws:states:us-east-1:123456789012:activity:approvals", ResultPath: "$.approval", Next: "Read" },
          Read: { Type: "Task", Resource: "arn:aws:states:::aws-sdk:secretsmanager:getSecretValue", Parameters: { SecretId: "x" }, End: true },
        },
      },
      "Mixed",
    );
    const started = await sfn.send(new StartExecutionCommand({ stateMachineArn: `${mixed}#AllMocked`, input: "{}" }));
    const events = await finalHistory(sfn, started.executionArn as string);
    expect(types(events)).toEqual([
      "ExecutionStarted",
      "TaskStateEntered",
      "ActivityScheduled",
      "ActivityStarted",
      "ActivitySucceeded",
      "TaskStateExited",
      "TaskStateEntered",
      "TaskScheduled",
      "TaskStarted",
      "TaskSucceeded",
      "TaskStateExited",
      "ExecutionSucceeded",
    ]);
    expect(events[events.length - 1]?.executionSucceededEventDetails?.output).toBe('{"SecretString":"s3cr3t"}');
  });
});
