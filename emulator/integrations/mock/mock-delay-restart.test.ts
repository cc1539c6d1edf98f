/**
 * A delayed mocked answer pending when the emulator is killed: after the restart the task is issued
 * again with the invocation number it had, and its timeout is still the one first armed.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CreateStateMachineCommand, GetExecutionHistoryCommand, StartExecutionCommand, type HistoryEvent, type SFNClient } from "@aws-sdk/client-sfn";
import { cliClient, killCliProcess, startCliProcess, type CliProcess } from "../../testing/cli-process";

const ROLE = "arn:aws:iam::123456789012:role/test";
const MOCKS = {
  StateMachines: {
    Charge: { TestCases: { Slow: { Charge: "OneSecond" } } },
    Hang: { TestCases: { Slow: { Charge: "OneHour" } } },
    Busy: { TestCases: { Slow: { Charge: "BusyThenSlow" } } },
  },
  MockedResponses: {
    BusyThenSlow: { "0": { Throw: { Error: "Busy", Cause: "try again" } }, "1": { Return: { StatusCode: 200, Payload: "second" }, DelaySeconds: 2 } },
    OneSecond: { "0": { Return: { StatusCode: 200, Payload: "charged" }, DelaySeconds: 1 } },
    OneHour: { "0": { Return: { StatusCode: 200, Payload: "too late" }, DelaySeconds: 3600 } },
  },
};

function charge(extra: object): string {
  return JSON.stringify({
    StartAt: "Charge",
    States: { Charge: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: "charge" }, OutputPath: "$.Payload", End: true, ...extra } },
  });
}

async function events(sfn: SFNClient, executionArn: string): Promise<HistoryEvent[]> {
  return (await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000 }))).events ?? [];
}

async function ended(sfn: SFNClient, executionArn: string): Promise<string[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const types = (await events(sfn, executionArn)).map((e) => e.type ?? "");
    if (/^Execution(Succeeded|Failed)$/.test(types.at(-1) ?? "")) return types;
    if (Date.now() > deadline) throw new Error(`still running: ${types.join(", ")}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("a delayed mocked answer across a SIGKILL and restart", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-mock-delay-"));
  const mockConfig = path.join(dir, "MockConfigFile.json");
  const dataDir = path.join(dir, "data");
  let restarted: CliProcess | undefined;
  let sfn: SFNClient;
  let answered = "";
  let timedOut = "";
  let retried = "";

  beforeAll(async () => {
    fs.writeFileSync(mockConfig, JSON.stringify(MOCKS));
    const first = await startCliProcess(dataDir, ["--mock-config", mockConfig]);
    const before = cliClient(first.url);
    const start = async (name: string, definition: string): Promise<string> => {
      const created = await before.send(new CreateStateMachineCommand({ name, definition, roleArn: ROLE }));
      return (await before.send(new StartExecutionCommand({ stateMachineArn: `${created.stateMachineArn}#Slow`, input: "{}" }))).executionArn ?? "";
    };
    answered = await start("Charge", charge({}));
    timedOut = await start("Hang", charge({ TimeoutSeconds: 2 }));
    retried = await start("Busy", charge({ Retry: [{ ErrorEquals: ["Busy"], IntervalSeconds: 1 }] }));
    const started = async (arn: string): Promise<number> => (await events(before, arn)).filter((e) => e.type === "TaskStarted").length;
    for (const [arn, calls] of [[answered, 1], [timedOut, 1], [retried, 2]] as const) {
      while ((await started(arn)) < calls) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await killCliProcess(first);
    before.destroy();
    restarted = await startCliProcess(dataDir, ["--mock-config", mockConfig]);
    sfn = cliClient(restarted.url);
  }, 40_000);

  afterAll(async () => {
    sfn?.destroy();
    if (restarted) await killCliProcess(restarted);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("issues the task again, whose mock answers after its delay, once", async () => {
    expect(await ended(sfn, answered)).toEqual(["ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded"]);
    expect((await events(sfn, answered)).at(-1)?.executionSucceededEventDetails?.output).toBe('"charged"');
  });

  it("issues a retry again with its own invocation number, not the first one's", async () => {
    expect(await ended(sfn, retried)).toEqual([
      "ExecutionStarted",
      "TaskStateEntered",
      "TaskScheduled",
      "TaskStarted",
      "TaskFailed",
      "TaskScheduled",
      "TaskStarted",
      "TaskSucceeded",
      "TaskStateExited",
      "ExecutionSucceeded",
    ]);
  });

  it("times the task out at the deadline armed before the kill, leaving nothing armed", async () => {
    expect(await ended(sfn, timedOut)).toEqual(["ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskTimedOut", "ExecutionFailed"]);
    const health = (await (await fetch(`${restarted?.url ?? ""}/health`)).json()) as { armedTimers: number; pendingTasks: number };
    expect(health).toMatchObject({ armedTimers: 0, pendingTasks: 0 });
  });
});
