/**
 * The virtual clock: deadlines, retry backoffs and timeouts fire at their own times as the clock is
 * moved, and states see the clock's time.
 */
import { CreateStateMachineCommand, SendTaskSuccessCommand, StartExecutionCommand, type HistoryEvent } from "@aws-sdk/client-sfn";
import { startEmulator, type RunningEmulator } from "../../index";
import { fullHistory } from "../../testkit/run-execution";

const START = Date.UTC(2030, 0, 1, 12, 0, 0);
const ROLE = "arn:aws:iam::123456789012:role/test";

let emu: RunningEmulator;
let failuresLeft = 0;
const tokens: string[] = [];

beforeAll(async () => {
  emu = await startEmulator({
    clock: "virtual",
    clockStart: START,
    logLevel: "silent",
    handlers: {
      flaky: () => {
        if (failuresLeft-- > 0) throw Object.assign(new Error("busy"), { name: "Busy" });
        return { ok: true };
      },
      "sqs:sendMessage": (_input, context) => {
        tokens.push(context.taskToken ?? "");
        return {};
      },
    },
  });
});
afterAll(() => emu.stop());
beforeEach(() => emu.reset());

async function machine(definition: object): Promise<string> {
  const created = await emu.client.send(
    new CreateStateMachineCommand({ name: `m${Math.floor(Math.random() * 1e9)}`, definition: JSON.stringify(definition), roleArn: ROLE }),
  );
  return created.stateMachineArn ?? "";
}

async function start(stateMachineArn: string, input: object = {}): Promise<string> {
  const started = await emu.client.send(new StartExecutionCommand({ stateMachineArn, input: JSON.stringify(input) }));
  return started.executionArn ?? "";
}

async function status(executionArn: string): Promise<string> {
  const history = await fullHistory(emu.client, executionArn);
  return history[history.length - 1]?.type ?? "";
}

function at(events: HistoryEvent[], type: string, name?: string): number {
  const event = events.find((e) => e.type === type && (name === undefined || e.stateExitedEventDetails?.name === name || e.stateEnteredEventDetails?.name === name));
  if (!event?.timestamp) throw new Error(`no ${type} ${name ?? ""}`);
  return event.timestamp.getTime() - START;
}

const waitThen = (seconds: number): object => ({ StartAt: "W", States: { W: { Type: "Wait", Seconds: seconds, End: true } } });

describe("a virtual clock", () => {
  it("fires each deadline at its own time, in due order, and none before its time", async () => {
    const arn = await machine({
      StartAt: "P",
      States: {
        P: {
          Type: "Parallel",
          End: true,
          Branches: [
            { StartAt: "Late", States: { Late: { Type: "Wait", Seconds: 30, End: true } } },
            { StartAt: "Early", States: { Early: { Type: "Wait", Seconds: 10, End: true } } },
          ],
        },
      },
    });
    const other = await machine(waitThen(20));
    const first = await start(arn);
    const second = await start(other);
    await emu.clock.advance(9_999);
    let events = await fullHistory(emu.client, first);
    expect(events.some((e) => e.type === "WaitStateExited")).toBe(false);
    await emu.clock.advance(1);
    events = await fullHistory(emu.client, first);
    expect(events.filter((e) => e.type === "WaitStateExited").map((e) => e.stateExitedEventDetails?.name)).toEqual(["Early"]);
    expect(await status(second)).toBe("WaitStateEntered");
    await emu.clock.advance(60_000);
    events = await fullHistory(emu.client, first);
    expect(at(events, "WaitStateExited", "Early")).toBe(10_000);
    expect(at(events, "WaitStateExited", "Late")).toBe(30_000);
    expect(at(events, "ExecutionSucceeded")).toBe(30_000);
    expect(at(await fullHistory(emu.client, second), "ExecutionSucceeded")).toBe(20_000);
    expect(emu.clock.now()).toBe(START + 70_000);
  });

  it("fires Retry backoffs at IntervalSeconds times BackoffRate, as the history's timestamps show", async () => {
    failuresLeft = 2;
    const arn = await machine({
      StartAt: "Call",
      States: {
        Call: {
          Type: "Task",
          Resource: "arn:aws:lambda:us-east-1:123456789012:function:flaky",
          Retry: [{ ErrorEquals: ["Busy"], IntervalSeconds: 5, BackoffRate: 3, MaxAttempts: 3 }],
          End: true,
        },
      },
    });
    const executionArn = await start(arn);
    await emu.clock.advance(4_999);
    expect((await fullHistory(emu.client, executionArn)).filter((e) => e.type === "LambdaFunctionScheduled")).toHaveLength(1);
    await emu.clock.advance(60_000);
    const events = await fullHistory(emu.client, executionArn);
    expect(events.filter((e) => e.type === "LambdaFunctionScheduled").map((e) => (e.timestamp?.getTime() ?? 0) - START)).toEqual([0, 5_000, 20_000]);
    expect(at(events, "ExecutionSucceeded")).toBe(20_000);
  });

  it("times out a callback task at TimeoutSeconds and not a millisecond before", async () => {
    const arn = await machine({
      StartAt: "Callback",
      States: {
        Callback: {
          Type: "Task",
          Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          Parameters: { QueueUrl: "q", "MessageBody.$": "$$.Task.Token" },
          TimeoutSeconds: 60,
          End: true,
        },
      },
    });
    const executionArn = await start(arn);
    await emu.clock.advance(59_999);
    expect(await status(executionArn)).toBe("TaskStarted");
    await emu.clock.advance(1);
    const events = await fullHistory(emu.client, executionArn);
    expect(at(events, "TaskTimedOut")).toBe(60_000);
    expect(events[events.length - 1]?.type).toBe("ExecutionFailed");
  });

  it("gives states and history the clock's time: $$.Execution.StartTime, $$.State.EnteredTime and $states.context", async () => {
    const arn = await machine({
      QueryLanguage: "JSONata",
      StartAt: "W",
      States: {
        W: { Type: "Wait", Seconds: 3600, Next: "Report" },
        Report: {
          Type: "Pass",
          Output: { started: "{% $states.context.Execution.StartTime %}", entered: "{% $states.context.State.EnteredTime %}", now: "{% $now() %}" },
          End: true,
        },
      },
    });
    await emu.clock.advance(1_000);
    const executionArn = await start(arn);
    await emu.clock.advance(3_600_000);
    const described = await emu.waitForExecution(executionArn);
    expect(JSON.parse(described.output ?? "null")).toEqual({
      started: "2030-01-01T12:00:01.000Z",
      entered: "2030-01-01T13:00:01.000Z",
      now: "2030-01-01T13:00:01.000Z",
    });
    expect(described.startDate?.getTime()).toBe(START + 1_000);
    expect(described.stopDate?.getTime()).toBe(START + 3_601_000);
  });

  it("answers GET and POST /_emulator/clock, moving time by advanceSeconds", async () => {
    const executionArn = await start(await machine(waitThen(90)));
    const moved = await fetch(`${emu.endpoint}/_emulator/clock`, { method: "POST", body: JSON.stringify({ advanceSeconds: 90 }) });
    expect(await moved.json()).toEqual({ mode: "virtual", now: "2030-01-01T12:01:30.000Z", epochMillis: START + 90_000 });
    expect(await status(executionArn)).toBe("ExecutionSucceeded");
    const read = await fetch(`${emu.endpoint}/_emulator/clock`);
    expect(await read.json()).toMatchObject({ mode: "virtual", epochMillis: START + 90_000 });
    const bad = await fetch(`${emu.endpoint}/_emulator/clock`, { method: "POST", body: JSON.stringify({ advanceSeconds: -1 }) });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ __type: "ValidationException", message: "advanceSeconds must be a number >= 0" });
  });

  it("moves a nested .sync execution's Wait, and its parent ends at the same virtual time", async () => {
    const child = await machine(waitThen(600));
    const parent = await machine({
      StartAt: "RunChild",
      States: { RunChild: { Type: "Task", Resource: "arn:aws:states:::states:startExecution.sync", Parameters: { StateMachineArn: child }, End: true } },
    });
    const executionArn = await start(parent);
    await emu.clock.advance(599_999);
    expect(await status(executionArn)).toBe("TaskSubmitted");
    await emu.clock.advance(1);
    const described = await emu.waitForExecution(executionArn);
    expect(described.status).toBe("SUCCEEDED");
    expect(described.stopDate?.getTime()).toBe(START + 600_000);
  });

  it("keeps a callback task waiting on its token however far the clock moves, when it has no timeout", async () => {
    const arn = await machine({
      StartAt: "Callback",
      States: {
        Callback: { Type: "Task", Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken", Parameters: { QueueUrl: "q", "MessageBody.$": "$$.Task.Token" }, End: true },
      },
    });
    tokens.length = 0;
    const executionArn = await start(arn);
    await emu.clock.advance(7 * 86_400_000);
    expect(await status(executionArn)).toBe("TaskStarted");
    await emu.client.send(new SendTaskSuccessCommand({ taskToken: tokens[0] ?? "", output: '{"done":true}' }));
    const described = await emu.waitForExecution(executionArn);
    expect(described.output).toBe('{"done":true}');
    expect(described.stopDate?.getTime()).toBe(START + 7 * 86_400_000);
  });
});
