/**
 * The execution operations: StartExecution, StopExecution, DescribeExecution, ListExecutions, and
 * histories paged and recorded event for event.
 */
import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
  type DescribeExecutionCommandOutput,
  type HistoryEvent,
} from "@aws-sdk/client-sfn";
import { failure, useTestEmulator } from "../testing/test-emulator";

const ROLE = "arn:aws:iam::123456789012:role/sfn-role";
const ACCOUNT_PREFIX = "arn:aws:states:us-east-1:123456789012";

let sfn: SFNClient;

// Real waits: some tests need an execution to stay RUNNING.
useTestEmulator({ waitTimeScale: 1 }, (started) => ({ sfn } = started));

async function create(name: string, definition: object): Promise<string> {
  const out = await sfn.send(new CreateStateMachineCommand({ name, definition: JSON.stringify(definition), roleArn: ROLE }));
  return out.stateMachineArn as string;
}

async function finished(executionArn: string): Promise<DescribeExecutionCommandOutput> {
  for (let i = 0; i < 500; i++) {
    const out = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    if (out.status !== "RUNNING") return out;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${executionArn} is still running`);
}

async function history(executionArn: string): Promise<HistoryEvent[]> {
  const out = await sfn.send(new GetExecutionHistoryCommand({ executionArn }));
  return out.events ?? [];
}

/** Events without their timestamps, which are the only part that differs from run to run. */
function untimed(events: HistoryEvent[]): object[] {
  return events.map((event) => {
    expect(event.timestamp).toBeInstanceOf(Date);
    const { timestamp: _timestamp, ...rest } = event;
    return rest;
  });
}

const NO_TRUNCATION = { truncated: false };
const PASS_CHAIN = {
  StartAt: "First",
  States: {
    First: { Type: "Pass", Result: { a: 1 }, ResultPath: "$.first", Next: "Second" },
    Second: { Type: "Pass", Parameters: { "b.$": "$.first.a" }, Next: "Done" },
    Done: { Type: "Succeed" },
  },
};
const WAIT_ONE_MINUTE = { StartAt: "W", States: { W: { Type: "Wait", Seconds: 60, Next: "P" }, P: { Type: "Pass", End: true } } };

describe("execution histories", () => {
  it("records a Pass, Pass, Succeed chain event for event", async () => {
    const arn = await create("history-pass-chain", PASS_CHAIN);
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: "run", input: '{"x":0}' }));
    expect(executionArn).toBe(`${ACCOUNT_PREFIX}:execution:history-pass-chain:run`);
    const described = await finished(executionArn as string);
    expect(described).toMatchObject({ status: "SUCCEEDED", output: '{"b":1}', input: '{"x":0}', name: "run", stateMachineArn: arn });
    expect(untimed(await history(executionArn as string))).toEqual([
      { id: 1, previousEventId: 0, type: "ExecutionStarted", executionStartedEventDetails: { input: '{"x":0}', inputDetails: NO_TRUNCATION, roleArn: ROLE } },
      { id: 2, previousEventId: 0, type: "PassStateEntered", stateEnteredEventDetails: { name: "First", input: '{"x":0}', inputDetails: NO_TRUNCATION } },
      { id: 3, previousEventId: 2, type: "PassStateExited", stateExitedEventDetails: { name: "First", output: '{"x":0,"first":{"a":1}}', outputDetails: NO_TRUNCATION } },
      { id: 4, previousEventId: 3, type: "PassStateEntered", stateEnteredEventDetails: { name: "Second", input: '{"x":0,"first":{"a":1}}', inputDetails: NO_TRUNCATION } },
      { id: 5, previousEventId: 4, type: "PassStateExited", stateExitedEventDetails: { name: "Second", output: '{"b":1}', outputDetails: NO_TRUNCATION } },
      { id: 6, previousEventId: 5, type: "SucceedStateEntered", stateEnteredEventDetails: { name: "Done", input: '{"b":1}', inputDetails: NO_TRUNCATION } },
      { id: 7, previousEventId: 6, type: "SucceedStateExited", stateExitedEventDetails: { name: "Done", output: '{"b":1}', outputDetails: NO_TRUNCATION } },
      { id: 8, previousEventId: 7, type: "ExecutionSucceeded", executionSucceededEventDetails: { output: '{"b":1}', outputDetails: NO_TRUNCATION } },
    ]);
  });

  it("records a Pass then Fail chain and the failed execution's error and cause", async () => {
    const arn = await create("history-fail", {
      StartAt: "P",
      States: { P: { Type: "Pass", Next: "F" }, F: { Type: "Fail", Error: "Oops", Cause: "it broke" } },
    });
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn }));
    const described = await finished(executionArn as string);
    expect(described).toMatchObject({ status: "FAILED", error: "Oops", cause: "it broke", input: "{}", redriveStatus: "REDRIVABLE" });
    expect(described.output).toBeUndefined();
    expect(untimed(await history(executionArn as string))).toEqual([
      { id: 1, previousEventId: 0, type: "ExecutionStarted", executionStartedEventDetails: { input: "{}", inputDetails: NO_TRUNCATION, roleArn: ROLE } },
      { id: 2, previousEventId: 0, type: "PassStateEntered", stateEnteredEventDetails: { name: "P", input: "{}", inputDetails: NO_TRUNCATION } },
      { id: 3, previousEventId: 2, type: "PassStateExited", stateExitedEventDetails: { name: "P", output: "{}", outputDetails: NO_TRUNCATION } },
      { id: 4, previousEventId: 3, type: "FailStateEntered", stateEnteredEventDetails: { name: "F", input: "{}", inputDetails: NO_TRUNCATION } },
      { id: 5, previousEventId: 4, type: "ExecutionFailed", executionFailedEventDetails: { error: "Oops", cause: "it broke" } },
    ]);
  });

  it("pages a history forward and in reverse with maxResults and nextToken", async () => {
    const arn = await create("history-paging", PASS_CHAIN);
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn }));
    await finished(executionArn as string);
    for (const reverseOrder of [false, true]) {
      const ids: number[] = [];
      let nextToken: string | undefined;
      do {
        const out = await sfn.send(
          new GetExecutionHistoryCommand({ executionArn, maxResults: 3, reverseOrder, ...(nextToken ? { nextToken } : {}) }),
        );
        expect((out.events ?? []).length).toBeLessThanOrEqual(3);
        ids.push(...(out.events ?? []).map((event) => event.id as number));
        nextToken = out.nextToken;
      } while (nextToken);
      expect(ids).toEqual(reverseOrder ? [8, 7, 6, 5, 4, 3, 2, 1] : [1, 2, 3, 4, 5, 6, 7, 8]);
    }
  });

  it("leaves inputs and outputs out when includeExecutionData is false", async () => {
    const arn = await create("history-no-data", PASS_CHAIN);
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn, input: '{"secret":1}' }));
    await finished(executionArn as string);
    const out = await sfn.send(new GetExecutionHistoryCommand({ executionArn, includeExecutionData: false }));
    expect(out.events).toHaveLength(8);
    expect(JSON.stringify(out.events)).not.toContain("secret");
    expect(out.events?.[0]?.executionStartedEventDetails?.roleArn).toBe(ROLE);
    expect(out.events?.[1]?.stateEnteredEventDetails?.name).toBe("First");
  });

  it("rejects a token from another execution's history as InvalidToken", async () => {
    const arn = await create("history-token", PASS_CHAIN);
    const first = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn }));
    const second = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn }));
    await finished(first.executionArn as string);
    await finished(second.executionArn as string);
    const page = await sfn.send(new GetExecutionHistoryCommand({ executionArn: first.executionArn, maxResults: 2 }));
    expect(page.nextToken).toEqual(expect.any(String));
    const error = await failure(
      sfn.send(new GetExecutionHistoryCommand({ executionArn: second.executionArn, nextToken: page.nextToken as string })),
    );
    expect(error.name).toBe("InvalidToken");
  });

  it("answers ExecutionDoesNotExist and InvalidArn for bad execution ARNs", async () => {
    const missing = `${ACCOUNT_PREFIX}:execution:history-token:absent`;
    expect(await failure(sfn.send(new GetExecutionHistoryCommand({ executionArn: missing })))).toEqual({
      name: "ExecutionDoesNotExist",
      message: `Execution Does Not Exist: '${missing}'`,
      status: 400,
    });
    expect((await failure(sfn.send(new GetExecutionHistoryCommand({ executionArn: "nope" })))).name).toBe("InvalidArn");
  });
});

describe("StartExecution", () => {
  let waiting: string;
  beforeAll(async () => {
    waiting = await create("start-waiting", WAIT_ONE_MINUTE);
  });

  it("names an execution with a UUID when no name is given", async () => {
    const out = await sfn.send(new StartExecutionCommand({ stateMachineArn: waiting }));
    expect(out.executionArn).toMatch(new RegExp(`^${ACCOUNT_PREFIX}:execution:start-waiting:[0-9a-f-]{36}$`));
    expect(out.startDate).toBeInstanceOf(Date);
    await sfn.send(new StopExecutionCommand({ executionArn: out.executionArn }));
  });

  it("answers the same ARN for the same name and input while the execution runs", async () => {
    const first = await sfn.send(new StartExecutionCommand({ stateMachineArn: waiting, name: "again", input: '{"n":1}' }));
    const second = await sfn.send(new StartExecutionCommand({ stateMachineArn: waiting, name: "again", input: '{"n":1}' }));
    expect(second).toMatchObject({ executionArn: first.executionArn, startDate: first.startDate });
    const error = await failure(sfn.send(new StartExecutionCommand({ stateMachineArn: waiting, name: "again", input: '{"n":2}' })));
    expect(error).toEqual({ name: "ExecutionAlreadyExists", message: `Execution Already Exists: '${first.executionArn}'`, status: 400 });
    await sfn.send(new StopExecutionCommand({ executionArn: first.executionArn }));
  });

  it("rejects a used name once the execution has ended, even with the same input", async () => {
    const arn = await create("start-ended", PASS_CHAIN);
    const first = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: "once", input: "{}" }));
    await finished(first.executionArn as string);
    const error = await failure(sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: "once", input: "{}" })));
    expect(error.name).toBe("ExecutionAlreadyExists");
  });

  it("rejects input that is not JSON as InvalidExecutionInput in the parser's words", async () => {
    const error = await failure(sfn.send(new StartExecutionCommand({ stateMachineArn: waiting, input: "not some json" })));
    expect(error).toEqual({
      name: "InvalidExecutionInput",
      message:
        "Invalid State Machine Execution Input: 'Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')'",
      status: 400,
    });
  });

  it("rejects input over 256 KiB and accepts input of exactly 256 KiB", async () => {
    const arn = await create("start-big-input", { StartAt: "P", States: { P: { Type: "Pass", Result: "small", End: true } } });
    const exactly = JSON.stringify("x".repeat(262144 - 2));
    expect(Buffer.byteLength(exactly)).toBe(262144);
    const accepted = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn, input: exactly }));
    expect((await finished(accepted.executionArn as string)).status).toBe("SUCCEEDED");
    const error = await failure(sfn.send(new StartExecutionCommand({ stateMachineArn: arn, input: JSON.stringify("x".repeat(262144)) })));
    expect(error).toEqual({
      name: "ValidationException",
      message:
        "1 validation error detected: Value at 'input' failed to satisfy constraint: Member must have size less than or equal to 262144 bytes in UTF-8 encoding",
      status: 400,
    });
  });

  it("rejects an invalid execution name and an unknown state machine", async () => {
    expect((await failure(sfn.send(new StartExecutionCommand({ stateMachineArn: waiting, name: "no spaces" })))).name).toBe("InvalidName");
    const ghost = `${ACCOUNT_PREFIX}:stateMachine:ghost`;
    expect(await failure(sfn.send(new StartExecutionCommand({ stateMachineArn: ghost })))).toEqual({
      name: "StateMachineDoesNotExist",
      message: `State Machine Does Not Exist: '${ghost}'`,
      status: 400,
    });
  });
});

describe("StopExecution", () => {
  it("aborts a waiting execution and records ExecutionAborted", async () => {
    const arn = await create("stop-waiting", WAIT_ONE_MINUTE);
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn }));
    const stopped = await sfn.send(new StopExecutionCommand({ executionArn, error: "Halt", cause: "by test" }));
    expect(stopped.stopDate).toBeInstanceOf(Date);
    const described = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    expect(described).toMatchObject({ status: "ABORTED", error: "Halt", cause: "by test" });
    expect(described.stopDate).toBeInstanceOf(Date);
    expect(untimed(await history(executionArn as string))).toEqual([
      { id: 1, previousEventId: 0, type: "ExecutionStarted", executionStartedEventDetails: { input: "{}", inputDetails: NO_TRUNCATION, roleArn: ROLE } },
      { id: 2, previousEventId: 0, type: "WaitStateEntered", stateEnteredEventDetails: { name: "W", input: "{}", inputDetails: NO_TRUNCATION } },
      { id: 3, previousEventId: 0, type: "ExecutionAborted", executionAbortedEventDetails: { error: "Halt", cause: "by test" } },
    ]);
  });

  it("does not change an ended execution", async () => {
    const arn = await create("stop-ended", PASS_CHAIN);
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn }));
    await finished(executionArn as string);
    // Whether AWS answers this with success or a 400 is not recorded; either way the execution must not change.
    await sfn.send(new StopExecutionCommand({ executionArn })).catch((error: { $metadata?: { httpStatusCode?: number } }) => {
      expect(error.$metadata?.httpStatusCode).toBe(400);
    });
    expect((await sfn.send(new DescribeExecutionCommand({ executionArn }))).status).toBe("SUCCEEDED");
    expect(await history(executionArn as string)).toHaveLength(8);
  });

  it("answers ExecutionDoesNotExist for an unknown execution", async () => {
    const executionArn = `${ACCOUNT_PREFIX}:execution:stop-ended:ghost`;
    expect((await failure(sfn.send(new StopExecutionCommand({ executionArn })))).name).toBe("ExecutionDoesNotExist");
  });
});

describe("DescribeExecution", () => {
  it("describes a running execution without output", async () => {
    const arn = await create("describe-running", WAIT_ONE_MINUTE);
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: "r", input: '{"k":true}' }));
    const out = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    expect(out).toMatchObject({
      executionArn,
      stateMachineArn: arn,
      name: "r",
      status: "RUNNING",
      input: '{"k":true}',
      inputDetails: { included: true },
      redriveCount: 0,
    });
    expect(out.output).toBeUndefined();
    expect(out.stopDate).toBeUndefined();
    await sfn.send(new StopExecutionCommand({ executionArn }));
  });

  it("answers ExecutionDoesNotExist for an unknown execution", async () => {
    const executionArn = `${ACCOUNT_PREFIX}:execution:describe-running:ghost`;
    expect(await failure(sfn.send(new DescribeExecutionCommand({ executionArn })))).toEqual({
      name: "ExecutionDoesNotExist",
      message: `Execution Does Not Exist: '${executionArn}'`,
      status: 400,
    });
  });
});

describe("ListExecutions", () => {
  it("filters by status and pages with maxResults and nextToken", async () => {
    const arn = await create("list-executions", {
      StartAt: "C",
      States: {
        C: { Type: "Choice", Choices: [{ Variable: "$.wait", BooleanEquals: true, Next: "W" }], Default: "P" },
        W: { Type: "Wait", Seconds: 60, End: true },
        P: { Type: "Pass", End: true },
      },
    });
    const running: string[] = [];
    const done: string[] = [];
    for (let i = 0; i < 3; i++) {
      running.push((await sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: `w${i}`, input: '{"wait":true}' }))).executionArn as string);
    }
    for (let i = 0; i < 4; i++) {
      const out = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: `p${i}`, input: '{"wait":false}' }));
      done.push(out.executionArn as string);
      await finished(out.executionArn as string);
    }
    const all: string[] = [];
    let nextToken: string | undefined;
    do {
      const out = await sfn.send(new ListExecutionsCommand({ stateMachineArn: arn, maxResults: 3, ...(nextToken ? { nextToken } : {}) }));
      expect((out.executions ?? []).length).toBeLessThanOrEqual(3);
      all.push(...(out.executions ?? []).map((item) => item.executionArn as string));
      nextToken = out.nextToken;
    } while (nextToken);
    expect(all.sort()).toEqual([...running, ...done].sort());

    const succeeded = await sfn.send(new ListExecutionsCommand({ stateMachineArn: arn, statusFilter: "SUCCEEDED" }));
    expect((succeeded.executions ?? []).map((item) => item.executionArn).sort()).toEqual([...done].sort());
    expect(succeeded.executions?.[0]).toMatchObject({ stateMachineArn: arn, status: "SUCCEEDED" });
    expect(succeeded.executions?.[0]?.stopDate).toBeInstanceOf(Date);
    const stillRunning = await sfn.send(new ListExecutionsCommand({ stateMachineArn: arn, statusFilter: "RUNNING" }));
    expect((stillRunning.executions ?? []).map((item) => item.executionArn).sort()).toEqual([...running].sort());

    for (const executionArn of running) await sfn.send(new StopExecutionCommand({ executionArn }));
    const aborted = await sfn.send(new ListExecutionsCommand({ stateMachineArn: arn, statusFilter: "ABORTED" }));
    expect(aborted.executions).toHaveLength(3);
  });

  it("lists the newest execution first", async () => {
    const arn = await create("list-order", PASS_CHAIN);
    for (const name of ["one", "two", "three"]) {
      await finished((await sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name }))).executionArn as string);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const out = await sfn.send(new ListExecutionsCommand({ stateMachineArn: arn }));
    expect((out.executions ?? []).map((item) => item.name)).toEqual(["three", "two", "one"]);
  });

  it("rejects an unknown status filter and an unknown state machine", async () => {
    const arn = `${ACCOUNT_PREFIX}:stateMachine:list-ghost`;
    expect((await failure(sfn.send(new ListExecutionsCommand({ stateMachineArn: arn })))).name).toBe("StateMachineDoesNotExist");
    const known = await create("list-filter", PASS_CHAIN);
    const error = await failure(sfn.send(new ListExecutionsCommand({ stateMachineArn: known, statusFilter: "WAITING" as never })));
    expect(error.name).toBe("ValidationException");
  });
});
