/**
 * The auto clock: waiting workflows finish at once with the timestamps they would have had, never
 * jumping past work in flight.
 */
import { CreateStateMachineCommand, StartExecutionCommand, type HistoryEvent } from "@aws-sdk/client-sfn";
import { startEmulator, type RunningEmulator } from "../../index";

const START = Date.UTC(2030, 5, 1);
const ROLE = "arn:aws:iam::123456789012:role/test";
const DAY = 86_400_000;

let emu: RunningEmulator;
/** What the slow handler saw on the emulator's clock when its (real-time) work finished. */
const seenAtFinish: number[] = [];

beforeAll(async () => {
  emu = await startEmulator({
    clock: "auto",
    clockStart: START,
    logLevel: "silent",
    handlers: {
      slow: async () => {
        await new Promise((resolve) => setTimeout(resolve, 150));
        seenAtFinish.push(emu.clock.now());
        return "done";
      },
      "sqs:sendMessage": () => ({}),
    },
  });
});
afterAll(() => emu.stop());
beforeEach(() => emu.reset());

let counter = 0;
async function machine(definition: object): Promise<string> {
  const created = await emu.client.send(new CreateStateMachineCommand({ name: `auto-${++counter}`, definition: JSON.stringify(definition), roleArn: ROLE }));
  return created.stateMachineArn ?? "";
}

function offset(events: HistoryEvent[], type: string, name?: string): number[] {
  return events
    .filter((e) => e.type === type && (name === undefined || e.stateExitedEventDetails?.name === name))
    .map((e) => (e.timestamp?.getTime() ?? 0) - START);
}

describe("an auto clock", () => {
  it("finishes a workflow that waits a week at once, with the timestamps it would have had", async () => {
    const arn = await machine({ StartAt: "Week", States: { Week: { Type: "Wait", Seconds: 7 * 86_400, Next: "Done" }, Done: { Type: "Pass", End: true } } });
    const result = await emu.run(arn, {});
    expect(result.status).toBe("SUCCEEDED");
    expect(offset(result.history, "WaitStateExited")).toEqual([7 * DAY]);
    expect(offset(result.history, "ExecutionSucceeded")).toEqual([7 * DAY]);
  });

  it("does not jump while a task is in flight: the Wait beside it ends after the task, at its own time", async () => {
    seenAtFinish.length = 0;
    const arn = await machine({
      StartAt: "Both",
      States: {
        Both: {
          Type: "Parallel",
          End: true,
          Branches: [
            { StartAt: "Slow", States: { Slow: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:slow", End: true } } },
            { StartAt: "Hour", States: { Hour: { Type: "Wait", Seconds: 3600, End: true } } },
          ],
        },
      },
    });
    const result = await emu.run(arn, {});
    expect(result.status).toBe("SUCCEEDED");
    expect(seenAtFinish).toEqual([START]);
    expect(offset(result.history, "LambdaFunctionSucceeded")).toEqual([0]);
    expect(offset(result.history, "WaitStateExited", "Hour")).toEqual([3_600_000]);
  });

  it("runs Map iterations' Waits to their deadlines in due order", async () => {
    const arn = await machine({
      StartAt: "Each",
      States: {
        Each: {
          Type: "Map",
          ItemsPath: "$.delays",
          ItemProcessor: { ProcessorConfig: { Mode: "INLINE" }, StartAt: "Sleep", States: { Sleep: { Type: "Wait", SecondsPath: "$", End: true } } },
          End: true,
        },
      },
    });
    const result = await emu.run(arn, { delays: [300, 100, 200] });
    expect(result.status).toBe("SUCCEEDED");
    expect(offset(result.history, "WaitStateExited")).toEqual([100_000, 200_000, 300_000]);
    expect(offset(result.history, "MapStateExited")).toEqual([300_000]);
  });

  it("jumps to a callback task's HeartbeatSeconds deadline, since only time can move it on", async () => {
    const arn = await machine({
      StartAt: "Callback",
      States: {
        Callback: {
          Type: "Task",
          Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          Parameters: { QueueUrl: "q", "MessageBody.$": "$$.Task.Token" },
          HeartbeatSeconds: 45,
          TimeoutSeconds: 3600,
          End: true,
        },
      },
    });
    const result = await emu.run(arn, {});
    expect(result.status).toBe("FAILED");
    // AWS's recorded histories name a heartbeat timeout States.Timeout.
    expect(result.error).toBe("States.Timeout");
    expect(offset(result.history, "TaskTimedOut")).toEqual([45_000]);
  });

  it("fires an execution's TimeoutSeconds before a longer Wait", async () => {
    const arn = await machine({ TimeoutSeconds: 600, StartAt: "Day", States: { Day: { Type: "Wait", Seconds: 86_400, End: true } } });
    const result = await emu.run(arn, {});
    expect(result.status).toBe("TIMED_OUT");
    expect(offset(result.history, "ExecutionTimedOut")).toEqual([600_000]);
  });
});

describe("a nested .sync execution on an auto clock", () => {
  it("lets the child's Wait run to its deadline, and the parent's task timeout does not fire first", async () => {
    const child = await machine({ StartAt: "Hour", States: { Hour: { Type: "Wait", Seconds: 3600, End: true } } });
    const parent = await machine({
      StartAt: "RunChild",
      States: {
        RunChild: {
          Type: "Task",
          Resource: "arn:aws:states:::states:startExecution.sync:2",
          Parameters: { StateMachineArn: child, Input: { from: "parent" } },
          TimeoutSeconds: 7200,
          End: true,
        },
      },
    });
    const result = await emu.run(parent, {});
    expect(result.status).toBe("SUCCEEDED");
    expect(offset(result.history, "TaskSucceeded")).toEqual([3_600_000]);
    expect((result.output as { Output: unknown }).Output).toEqual({ from: "parent" });
  });
});

describe("switching a virtual clock to auto over HTTP", () => {
  it("lets a waiting execution finish at its deadline", async () => {
    const virtual = await startEmulator({ clock: "virtual", clockStart: START, logLevel: "silent" });
    try {
      const created = await virtual.client.send(
        new CreateStateMachineCommand({ name: "switch", roleArn: ROLE, definition: JSON.stringify({ StartAt: "W", States: { W: { Type: "Wait", Seconds: 3600, End: true } } }) }),
      );
      const started = await virtual.client.send(new StartExecutionCommand({ stateMachineArn: created.stateMachineArn ?? "" }));
      const before = await fetch(`${virtual.endpoint}/_emulator/executions/wait?executionArn=${encodeURIComponent(started.executionArn ?? "")}&timeoutSeconds=0`);
      expect(await before.json()).toMatchObject({ status: "RUNNING" });
      const switched = await fetch(`${virtual.endpoint}/_emulator/clock`, { method: "POST", body: '{"mode":"auto"}' });
      expect(await switched.json()).toMatchObject({ mode: "auto" });
      const described = await virtual.waitForExecution(started.executionArn ?? "");
      expect(described.status).toBe("SUCCEEDED");
      expect(described.stopDate?.getTime()).toBe(START + 3_600_000);
    } finally {
      await virtual.stop();
    }
  });
});
