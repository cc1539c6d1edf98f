/**
 * emu.run on an Express state machine: it resolves when the execution ends, with the output, error,
 * history and states visited that the emulator's process heard, as for a Standard one; mock config
 * test cases and the virtual clock apply as they do to Standard runs. waitForExecution and the wait
 * endpoint answer for Express executions running or recently ended.
 */
import { CreateStateMachineCommand, StartExecutionCommand } from "@aws-sdk/client-sfn";
import { startEmulator, type RunningEmulator } from "../index";

const ROLE = "arn:aws:iam::123456789012:role/r";

async function createExpress(emu: RunningEmulator, name: string, states: object, startAt: string): Promise<string> {
  const created = await emu.client.send(
    new CreateStateMachineCommand({ name, type: "EXPRESS", definition: JSON.stringify({ StartAt: startAt, States: states }), roleArn: ROLE }),
  );
  return created.stateMachineArn ?? "";
}

describe("emu.run on an Express state machine", () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator({
      logLevel: "silent",
      mockConfig: {
        StateMachines: { priced: { TestCases: { Discounted: { Price: "TenOff" } } } },
        MockedResponses: { TenOff: { "0": { Return: { StatusCode: 200, Payload: { price: 90 } } } } },
      },
    });
  });
  afterAll(() => emu.stop());

  it("resolves with the output, the history and the states visited of a run that succeeded", async () => {
    const arn = await createExpress(
      emu,
      "greet",
      {
        Greet: { Type: "Pass", Parameters: { "greeting.$": "States.Format('hello {}', $.who)" }, Next: "Done" },
        Done: { Type: "Succeed" },
      },
      "Greet",
    );
    const result = await emu.run(arn, { who: "ada" }, { name: "first" });

    expect(result).toMatchObject({
      executionArn: "arn:aws:states:us-east-1:123456789012:express:greet:first",
      status: "SUCCEEDED",
      output: { greeting: "hello ada" },
      error: undefined,
      cause: undefined,
      statesVisited: ["Greet", "Done"],
    });
    expect(result.history.map((event) => [event.type, event.id, event.previousEventId])).toEqual([
      ["ExecutionStarted", 1, 0],
      ["PassStateEntered", 2, 0],
      ["PassStateExited", 3, 2],
      ["SucceedStateEntered", 4, 3],
      ["SucceedStateExited", 5, 4],
      ["ExecutionSucceeded", 6, 5],
    ]);
    expect(result.history[0]?.timestamp).toBeInstanceOf(Date);
    expect(result.history[0]?.executionStartedEventDetails?.input).toBe('{"who":"ada"}');
    expect(result.history[2]?.stateExitedEventDetails).toMatchObject({ name: "Greet", output: '{"greeting":"hello ada"}' });
  });

  it("resolves with the error and cause of a run that failed", async () => {
    const arn = await createExpress(emu, "refuse", { No: { Type: "Fail", Error: "Order.Refused", Cause: "not today" } }, "No");
    const result = await emu.run(arn, {});

    expect(result).toMatchObject({ status: "FAILED", output: undefined, error: "Order.Refused", cause: "not today", statesVisited: ["No"] });
    expect(result.history.at(-1)).toMatchObject({ type: "ExecutionFailed", executionFailedEventDetails: { error: "Order.Refused", cause: "not today" } });
  });

  it("runs a mock config test case", async () => {
    const arn = await createExpress(
      emu,
      "priced",
      { Price: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: "price" }, OutputPath: "$.Payload", End: true } },
      "Price",
    );
    const result = await emu.run(arn, {}, { testCase: "Discounted" });

    expect(result).toMatchObject({ status: "SUCCEEDED", output: { price: 90 }, statesVisited: ["Price"] });
    expect(result.executionArn).toMatch(/^arn:aws:states:us-east-1:123456789012:express:priced:/);
  });

  it("runs executions side by side, each resolving with its own result", async () => {
    const arn = await createExpress(emu, "echo", { Echo: { Type: "Pass", End: true } }, "Echo");
    const results = await Promise.all([1, 2, 3].map((n) => emu.run(arn, { n })));
    expect(results.map((result) => result.output)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it("gives up after timeoutMs with an error naming the execution", async () => {
    const arn = await createExpress(emu, "sleepy", { Nap: { Type: "Wait", Seconds: 30, End: true } }, "Nap");
    await expect(emu.run(arn, {}, { name: "nap", timeoutMs: 0 })).rejects.toThrow(
      "execution still RUNNING after 0 ms: arn:aws:states:us-east-1:123456789012:express:sleepy:nap",
    );
  });
});

describe("emu.run on an Express state machine and reset", () => {
  it("fails a run still going when the emulator is reset, naming the execution", async () => {
    let started: () => void = () => undefined;
    const running = new Promise<void>((resolve) => (started = resolve));
    const emu = await startEmulator({ logLevel: "silent", clock: "virtual", handlers: { began: () => started() } });
    try {
      const arn = await createExpress(
        emu,
        "dropped",
        {
          Begin: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:began", Next: "Nap" },
          Nap: { Type: "Wait", Seconds: 30, End: true },
        },
        "Begin",
      );
      const run = emu.run(arn, {}, { name: "dropped" });
      await running;
      await emu.reset();
      await expect(run).rejects.toThrow("the emulator was reset while waiting for arn:aws:states:us-east-1:123456789012:express:dropped:dropped");
    } finally {
      await emu.stop();
    }
  });
});

describe("emu.run on an Express state machine with a virtual clock", () => {
  it("waits until the clock passes the Wait, and stamps the history with the virtual time", async () => {
    let started: () => void = () => undefined;
    const running = new Promise<void>((resolve) => (started = resolve));
    const emu = await startEmulator({
      logLevel: "silent",
      clock: "virtual",
      clockStart: "2030-01-01T00:00:00Z",
      handlers: {
        began: (input) => {
          started();
          return input;
        },
      },
    });
    try {
      const arn = await createExpress(
        emu,
        "hourly",
        {
          Begin: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:began", Next: "Hour" },
          Hour: { Type: "Wait", Seconds: 3600, Next: "Stamp" },
          Stamp: { Type: "Pass", Parameters: { "at.$": "$$.State.EnteredTime" }, End: true },
        },
        "Begin",
      );
      let ended = false;
      const run = emu.run(arn, {}).then((result) => {
        ended = true;
        return result;
      });
      await running;
      await emu.clock.advance(3_599_000);
      expect(ended).toBe(false);
      await emu.clock.advance(1_000);
      const result = await run;

      expect(result).toMatchObject({ status: "SUCCEEDED", output: { at: "2030-01-01T01:00:00.000Z" }, statesVisited: ["Begin", "Hour", "Stamp"] });
      expect(result.history.at(-1)?.timestamp?.toISOString()).toBe("2030-01-01T01:00:00.000Z");
    } finally {
      await emu.stop();
    }
  });
});

describe("waitForExecution on an Express execution", () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator({ logLevel: "silent", clock: "virtual", clockStart: "2030-01-01T00:00:00Z" });
  });
  afterAll(() => emu.stop());

  it("resolves with the outcome of one that ended before the wait began", async () => {
    const arn = await createExpress(emu, "quick", { Q: { Type: "Pass", Result: { done: true }, End: true } }, "Q");
    const started = await emu.client.send(new StartExecutionCommand({ stateMachineArn: arn, name: "q1", input: '{"a":1}' }));
    const executionArn = started.executionArn ?? "";

    const described = await emu.waitForExecution(executionArn);
    expect(described).toMatchObject({
      executionArn: "arn:aws:states:us-east-1:123456789012:express:quick:q1",
      stateMachineArn: arn,
      name: "q1",
      status: "SUCCEEDED",
      input: '{"a":1}',
      output: '{"done":true}',
      startDate: new Date("2030-01-01T00:00:00Z"),
      stopDate: new Date("2030-01-01T00:00:00Z"),
    });
  });

  it("holds the wait while one runs, and answers RUNNING on timeout, over HTTP too", async () => {
    const arn = await createExpress(emu, "later", { Later: { Type: "Wait", Seconds: 60, End: true } }, "Later");
    const started = await emu.client.send(new StartExecutionCommand({ stateMachineArn: arn, name: "l1" }));
    const executionArn = started.executionArn ?? "";
    const url = `${emu.endpoint}/_emulator/executions/wait?executionArn=${encodeURIComponent(executionArn)}&timeoutSeconds=0`;
    await expect((await fetch(url)).json()).resolves.toMatchObject({ executionArn, status: "RUNNING" });

    const waiting = emu.waitForExecution(executionArn);
    await emu.clock.advance(60_000);
    await expect(waiting).resolves.toMatchObject({ status: "SUCCEEDED", stopDate: new Date("2030-01-01T00:01:00Z") });
    await expect((await fetch(url)).json()).resolves.toMatchObject({ executionArn, status: "SUCCEEDED", output: "{}" });
  });

  it("fails with ExecutionDoesNotExist, saying how long Express executions are remembered, for one it does not know", async () => {
    const unknown = "arn:aws:states:us-east-1:123456789012:express:quick:never";
    await expect(emu.waitForExecution(unknown)).rejects.toThrow(
      `waiting for ${unknown}: ExecutionDoesNotExist: Execution Does Not Exist: '${unknown}' (the emulator remembers an Express execution while it runs and among the last 1000 that ended)`,
    );
  });

  it("forgets ended Express executions on reset", async () => {
    const arn = await createExpress(emu, "gone", { G: { Type: "Pass", End: true } }, "G");
    const started = await emu.client.send(new StartExecutionCommand({ stateMachineArn: arn }));
    await emu.waitForExecution(started.executionArn ?? "");
    await emu.reset();
    await expect(emu.waitForExecution(started.executionArn ?? "")).rejects.toThrow("ExecutionDoesNotExist");
  });
});
