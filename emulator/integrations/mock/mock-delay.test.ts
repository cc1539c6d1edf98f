/** A mocked answer's DelaySeconds on a virtual clock: Task timeouts, heartbeats, retries and StopExecution meet it as on AWS. */
import { CreateStateMachineCommand, SFNClient, StartExecutionCommand, StartSyncExecutionCommand, StopExecutionCommand, type HistoryEvent } from "@aws-sdk/client-sfn";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createEmulator, startEmulator, type RunningEmulator } from "../../index";
import { fullHistory } from "../../testkit/run-execution";

const START = Date.UTC(2030, 0, 1, 12, 0, 0);
const ROLE = "arn:aws:iam::123456789012:role/test";

const MOCKS = {
  StateMachines: {
    Charge: {
      TestCases: {
        Slow: { Charge: "SlowOk" },
        InTime: { Charge: "InTime" },
        SlowThenFast: { Charge: "SlowThenFast" },
        SlowFailure: { Charge: "SlowFailure" },
      },
    },
    Legacy: { TestCases: { Slow: { Charge: "SlowLambda" } } },
    Callback: { TestCases: { Slow: { Wait: "SlowCallback" } } },
  },
  MockedResponses: {
    SlowOk: { "0": { Return: { StatusCode: 200, Payload: { charged: true } }, DelaySeconds: 120 } },
    InTime: { "0": { Return: { StatusCode: 200, Payload: { charged: "in time" } }, DelaySeconds: 45 } },
    SlowThenFast: {
      "0": { Return: { StatusCode: 200, Payload: "first" }, DelaySeconds: 120 },
      "1": { Return: { StatusCode: 200, Payload: "second" }, DelaySeconds: 10 },
    },
    SlowFailure: { "0": { Throw: { Error: "Charge.Declined", Cause: "card expired" }, DelaySeconds: 30 } },
    SlowLambda: { "0": { Return: { StatusCode: 200, Payload: "late" }, DelaySeconds: 120 } },
    SlowCallback: { "0": { Return: { answered: "by the worker" }, DelaySeconds: 50 } },
  },
};

/** One mocked Lambda Task; a Catch may go to the Pass state Handled. */
function charge(task: { Catch?: object[]; [field: string]: unknown }): object {
  const handled = task.Catch === undefined ? {} : { Handled: { Type: "Pass", End: true } };
  return {
    StartAt: "Charge",
    States: {
      Charge: {
        Type: "Task",
        Resource: "arn:aws:states:::lambda:invoke",
        Parameters: { FunctionName: "charge", "Payload.$": "$" },
        OutputPath: "$.Payload",
        End: true,
        ...task,
      },
      ...handled,
    },
  };
}

let emu: RunningEmulator;

beforeAll(async () => {
  emu = await startEmulator({ clock: "virtual", clockStart: START, logLevel: "silent", mockConfig: MOCKS });
});
afterAll(() => emu.stop());
beforeEach(() => emu.reset());

async function start(name: string, definition: object, testCase: string): Promise<string> {
  const created = await emu.client.send(new CreateStateMachineCommand({ name, definition: JSON.stringify(definition), roleArn: ROLE }));
  const started = await emu.client.send(new StartExecutionCommand({ stateMachineArn: `${created.stateMachineArn}#${testCase}`, input: "{}" }));
  return started.executionArn ?? "";
}

/** Each event as `type@ms since start`, the way the history shows the virtual time it happened at. */
function timeline(events: HistoryEvent[]): string[] {
  return events.map((e) => `${e.type}@${(e.timestamp?.getTime() ?? 0) - START}`);
}

async function health(): Promise<{ armedTimers: number; pendingTasks: number; runningExecutions: number }> {
  return (await (await fetch(`${emu.endpoint}/health`)).json()) as { armedTimers: number; pendingTasks: number; runningExecutions: number };
}

describe("a mocked answer with DelaySeconds", () => {
  it("loses to TimeoutSeconds: the task times out with States.Timeout, Catch applies and the late answer is dropped", async () => {
    const arn = await start("Charge", charge({ TimeoutSeconds: 60, Catch: [{ ErrorEquals: ["States.Timeout"], Next: "Handled" }] }), "Slow");
    await emu.clock.advance(59_999);
    expect(timeline(await fullHistory(emu.client, arn)).at(-1)).toBe("TaskStarted@0");
    await emu.clock.advance(1);
    const events = await fullHistory(emu.client, arn);
    expect(timeline(events).slice(3)).toEqual(["TaskStarted@0", "TaskTimedOut@60000", "TaskStateExited@60000", "PassStateEntered@60000", "PassStateExited@60000", "ExecutionSucceeded@60000"]);
    expect(events.at(-1)?.executionSucceededEventDetails?.output).toBe('{"Error":"States.Timeout"}');
    expect(events.find((e) => e.type === "TaskTimedOut")?.taskTimedOutEventDetails).toEqual({ resourceType: "lambda", resource: "invoke", error: "States.Timeout" });
    expect(await health()).toMatchObject({ armedTimers: 0, pendingTasks: 0, runningExecutions: 0 });
    await emu.clock.advance(120_000);
    expect(await fullHistory(emu.client, arn)).toHaveLength(events.length);
  });

  it("loses to HeartbeatSeconds, since a mock sends no heartbeat: States.Timeout in the history, as AWS records it", async () => {
    const arn = await start("Charge", charge({ TimeoutSeconds: 300, HeartbeatSeconds: 10 }), "Slow");
    await emu.clock.advance(600_000);
    const events = await fullHistory(emu.client, arn);
    expect(timeline(events).slice(4)).toEqual(["TaskTimedOut@10000", "ExecutionFailed@10000"]);
    expect(events.find((e) => e.type === "TaskTimedOut")?.taskTimedOutEventDetails?.error).toBe("States.Timeout");
    expect(events.at(-1)?.executionFailedEventDetails).toEqual({ error: "States.Timeout" });
  });

  it("lets a Catch of States.HeartbeatTimeout single out the heartbeat, whose output names States.Timeout", async () => {
    const catchers = [
      { ErrorEquals: ["States.TaskFailed"], Next: "Handled" },
      { ErrorEquals: ["States.HeartbeatTimeout"], ResultPath: "$.error", Next: "Handled" },
    ];
    const arn = await start("Charge", charge({ TimeoutSeconds: 300, HeartbeatSeconds: 10, Catch: catchers }), "Slow");
    await emu.clock.advance(600_000);
    const events = await fullHistory(emu.client, arn);
    expect(timeline(events).slice(-2)).toEqual(["PassStateExited@10000", "ExecutionSucceeded@10000"]);
    expect(events.at(-1)?.executionSucceededEventDetails?.output).toBe('{"error":{"Error":"States.Timeout"}}');
  });

  it("arrives at its virtual time when it beats the timeout", async () => {
    const arn = await start("Charge", charge({ TimeoutSeconds: 60 }), "InTime");
    await emu.clock.advance(44_999);
    expect(timeline(await fullHistory(emu.client, arn)).at(-1)).toBe("TaskStarted@0");
    await emu.clock.advance(1);
    const events = await fullHistory(emu.client, arn);
    expect(timeline(events).slice(4)).toEqual(["TaskSucceeded@45000", "TaskStateExited@45000", "ExecutionSucceeded@45000"]);
    expect(events.at(-1)?.executionSucceededEventDetails?.output).toBe('{"charged":"in time"}');
  });

  it("follows the clock as POST /_emulator/clock moves it", async () => {
    const arn = await start("Charge", charge({ TimeoutSeconds: 60 }), "InTime");
    const advance = (advanceSeconds: number) =>
      fetch(`${emu.endpoint}/_emulator/clock`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ advanceSeconds }) });
    expect((await advance(44)).status).toBe(200);
    expect(timeline(await fullHistory(emu.client, arn)).at(-1)).toBe("TaskStarted@0");
    await advance(1);
    expect(timeline(await fullHistory(emu.client, arn)).at(-1)).toBe("ExecutionSucceeded@45000");
  });

  it("delays a Throw the same way", async () => {
    const arn = await start("Charge", charge({}), "SlowFailure");
    await emu.clock.advance(30_000);
    const events = await fullHistory(emu.client, arn);
    expect(timeline(events).slice(4)).toEqual(["TaskFailed@30000", "ExecutionFailed@30000"]);
    expect(events.at(-1)?.executionFailedEventDetails).toEqual({ error: "Charge.Declined", cause: "card expired" });
  });

  it("gives the retry after a timeout the next invocation number", async () => {
    const retry = [{ ErrorEquals: ["States.Timeout"], IntervalSeconds: 5, MaxAttempts: 1 }];
    const arn = await start("Charge", charge({ TimeoutSeconds: 60, Retry: retry }), "SlowThenFast");
    await emu.clock.advance(66_000);
    // The retry's timeout and answer are armed; the timed-out call's answer (due at 120 s) is gone.
    expect(await health()).toMatchObject({ armedTimers: 2, pendingTasks: 1 });
    await emu.clock.advance(600_000);
    const events = await fullHistory(emu.client, arn);
    expect(timeline(events).slice(3)).toEqual([
      "TaskStarted@0",
      "TaskTimedOut@60000",
      "TaskScheduled@65000",
      "TaskStarted@65000",
      "TaskSucceeded@75000",
      "TaskStateExited@75000",
      "ExecutionSucceeded@75000",
    ]);
    expect(events.at(-1)?.executionSucceededEventDetails?.output).toBe('"second"');
  });

  it("is cancelled by StopExecution, leaving no timer armed", async () => {
    const arn = await start("Charge", charge({ TimeoutSeconds: 60 }), "Slow");
    await emu.clock.advance(1_000);
    // The state's timeout and the pending answer.
    expect(await health()).toMatchObject({ armedTimers: 2, pendingTasks: 1, runningExecutions: 1 });
    await emu.client.send(new StopExecutionCommand({ executionArn: arn }));
    expect(await health()).toMatchObject({ armedTimers: 0, pendingTasks: 0, runningExecutions: 0 });
    await emu.clock.advance(600_000);
    expect(timeline(await fullHistory(emu.client, arn)).at(-1)).toBe("ExecutionAborted@1000");
  });

  it("holds a StartSyncExecution of an Express machine until the clock reaches the answer", async () => {
    const created = await emu.client.send(
      new CreateStateMachineCommand({ name: "Charge", type: "EXPRESS", definition: JSON.stringify(charge({ TimeoutSeconds: 60 })), roleArn: ROLE }),
    );
    const pending = emu.client.send(new StartSyncExecutionCommand({ stateMachineArn: `${created.stateMachineArn}#InTime`, input: "{}" }));
    // The clock moves only once the execution holds its timeout and the pending answer.
    while ((await health()).armedTimers < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    await emu.clock.advance(45_000);
    const done = await pending;
    expect({ status: done.status, output: done.output }).toEqual({ status: "SUCCEEDED", output: '{"charged":"in time"}' });
    expect((done.stopDate?.getTime() ?? 0) - START).toBe(45_000);
  });

  it("times out a legacy Lambda function ARN with LambdaFunctionTimedOut", async () => {
    const definition = {
      StartAt: "Charge",
      States: { Charge: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:charge", TimeoutSeconds: 60, End: true } },
    };
    const arn = await start("Legacy", definition, "Slow");
    await emu.clock.advance(600_000);
    const events = await fullHistory(emu.client, arn);
    expect(timeline(events).slice(3)).toEqual(["LambdaFunctionStarted@0", "LambdaFunctionTimedOut@60000", "ExecutionFailed@60000"]);
    expect(events.find((e) => e.type === "LambdaFunctionTimedOut")?.lambdaFunctionTimedOutEventDetails).toEqual({ error: "States.Timeout" });
  });

  it("hands a .waitForTaskToken task its callback's answer after the delay, the submission at once", async () => {
    const definition = {
      StartAt: "Wait",
      States: {
        Wait: {
          Type: "Task",
          Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          Parameters: { QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/work", "MessageBody.$": "$$.Task.Token" },
          TimeoutSeconds: 60,
          End: true,
        },
      },
    };
    const arn = await start("Callback", definition, "Slow");
    await emu.clock.advance(600_000);
    const events = await fullHistory(emu.client, arn);
    expect(timeline(events).slice(3)).toEqual(["TaskStarted@0", "TaskSubmitted@0", "TaskSucceeded@50000", "TaskStateExited@50000", "ExecutionSucceeded@50000"]);
    expect(events.at(-1)?.executionSucceededEventDetails?.output).toBe('{"answered":"by the worker"}');
  });
});

describe("DelaySeconds under --wait-time-scale", () => {
  it("is scaled as a Wait state's seconds are, while TimeoutSeconds is not", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-mock-delay-"));
    const file = path.join(dir, "MockConfigFile.json");
    fs.writeFileSync(file, JSON.stringify(MOCKS));
    const scaled = await createEmulator({ port: 0, inMemory: true, logLevel: "silent", mockConfigPath: file, clock: "virtual", waitTimeScale: 0.25 }, { clockStart: START });
    const client = new SFNClient({ endpoint: scaled.url, region: "us-east-1", credentials: { accessKeyId: "t", secretAccessKey: "t" }, maxAttempts: 1 });
    try {
      const created = await client.send(new CreateStateMachineCommand({ name: "Charge", definition: JSON.stringify(charge({ TimeoutSeconds: 60 })), roleArn: ROLE }));
      const started = await client.send(new StartExecutionCommand({ stateMachineArn: `${created.stateMachineArn}#Slow`, input: "{}" }));
      await scaled.clock.advance(600_000);
      // 120 s at a quarter is 30 s: the answer beats the 60 s timeout it would lose to at scale 1.
      expect(timeline(await fullHistory(client, started.executionArn ?? "")).slice(4)).toEqual(["TaskSucceeded@30000", "TaskStateExited@30000", "ExecutionSucceeded@30000"]);
    } finally {
      client.destroy();
      await scaled.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a bad DelaySeconds", () => {
  it("stops the start with the file, the JSON Pointer and the problem", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-mock-delay-"));
    const file = path.join(dir, "MockConfigFile.json");
    fs.writeFileSync(file, JSON.stringify({ MockedResponses: { Slow: { "0-2": { Return: {}, DelaySeconds: "2 minutes" } } } }));
    try {
      await expect(createEmulator({ port: 0, inMemory: true, logLevel: "silent", mockConfigPath: file })).rejects.toThrow(
        `mock config ${file}: at /MockedResponses/Slow/0-2/DelaySeconds: must be a number of seconds from 0 to 99999999, found "2 minutes"`,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
