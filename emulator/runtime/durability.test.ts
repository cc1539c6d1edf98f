/**
 * Durability: an emulator killed with SIGKILL mid-execution and restarted on its data directory loses
 * nothing it acknowledged and runs nothing twice.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { cliClient, startCliProcess, type CliProcess } from "../testing/cli-process";
import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  ListStateMachinesCommand,
  SFNClient,
  StartExecutionCommand,
  type DescribeExecutionCommandOutput,
  type HistoryEvent,
} from "@aws-sdk/client-sfn";

const ROLE = "arn:aws:iam::123456789012:role/sfn-role";

/** Starts the CLI on an ephemeral port, checking its ready line names the data directory. */
async function startCli(dataDir: string): Promise<CliProcess> {
  const started = await startCliProcess(dataDir);
  expect(started.stdout()).toContain(`(data: ${path.resolve(dataDir)})`);
  return started;
}

async function finished(sfn: SFNClient, executionArn: string): Promise<DescribeExecutionCommandOutput> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const out = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    if (out.status !== "RUNNING") return out;
    if (Date.now() > deadline) throw new Error(`${executionArn} is still running`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function history(sfn: SFNClient, executionArn: string): Promise<object[]> {
  const out = await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000 }));
  return (out.events ?? []).map((event: HistoryEvent) => {
    const { timestamp: _timestamp, ...rest } = event;
    return rest;
  });
}

const T = { truncated: false };
const started = (input: string) => ({ type: "ExecutionStarted", executionStartedEventDetails: { input, inputDetails: T, roleArn: ROLE } });
const entered = (type: string, name: string, input: string) => ({ type: `${type}StateEntered`, stateEnteredEventDetails: { name, input, inputDetails: T } });
const exited = (type: string, name: string, output: string) => ({ type: `${type}StateExited`, stateExitedEventDetails: { name, output, outputDetails: T } });
const succeeded = (output: string) => ({ type: "ExecutionSucceeded", executionSucceededEventDetails: { output, outputDetails: T } });
const iteration = (kind: "Started" | "Succeeded", index: number) => ({
  type: `MapIteration${kind}`,
  [`mapIteration${kind}EventDetails`]: { name: "M", index },
});

/** Numbers events from 1 and links each to the event it follows, as given by `previous` (event number, 0 for none). */
function numbered(events: object[], previous: number[]): object[] {
  return events.map((event, index) => ({ id: index + 1, previousEventId: previous[index], ...event }));
}

const WAIT_THEN_PASS = {
  StartAt: "W",
  States: { W: { Type: "Wait", Seconds: 2, Next: "P" }, P: { Type: "Pass", Result: "done", End: true } },
};
const MAP_OF_WAITS = {
  StartAt: "M",
  States: {
    M: {
      Type: "Map",
      MaxConcurrency: 2,
      ItemProcessor: { ProcessorConfig: { Mode: "INLINE" }, StartAt: "W", States: { W: { Type: "Wait", Seconds: 1, End: true } } },
      End: true,
    },
  },
};
const PARALLEL_WITH_WAIT = {
  StartAt: "Par",
  States: {
    Par: {
      Type: "Parallel",
      Branches: [
        { StartAt: "A", States: { A: { Type: "Wait", Seconds: 2, Next: "A2" }, A2: { Type: "Pass", Result: "a", End: true } } },
        { StartAt: "B", States: { B: { Type: "Pass", Result: "b", End: true } } },
      ],
      End: true,
    },
  },
};
const PASS_ONLY = { StartAt: "P", States: { P: { Type: "Pass", End: true } } };

describe("an emulator killed with SIGKILL mid-execution and restarted on the same data directory", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-durability-"));
  let restarted: CliProcess;
  let sfn: SFNClient;
  const machines: Record<string, string> = {};
  const waits: string[] = [];
  let mapRun = "";
  let parallelRun = "";
  let passRun = "";

  beforeAll(async () => {
    const first = await startCli(dataDir);
    const before = cliClient(first.url);
    for (const [name, definition] of Object.entries({ wait: WAIT_THEN_PASS, map: MAP_OF_WAITS, parallel: PARALLEL_WITH_WAIT, pass: PASS_ONLY })) {
      const out = await before.send(new CreateStateMachineCommand({ name, definition: JSON.stringify(definition), roleArn: ROLE }));
      machines[name] = out.stateMachineArn as string;
    }
    passRun = (await before.send(new StartExecutionCommand({ stateMachineArn: machines.pass, name: "pass-run", input: '{"p":1}' })))
      .executionArn as string;
    await finished(before, passRun);
    mapRun = (await before.send(new StartExecutionCommand({ stateMachineArn: machines.map, name: "map-run", input: "[1,2,3,4]" })))
      .executionArn as string;
    parallelRun = (await before.send(new StartExecutionCommand({ stateMachineArn: machines.parallel, name: "parallel-run", input: '{"k":"v"}' })))
      .executionArn as string;
    for (let i = 0; i < 5; i++) {
      const out = await before.send(new StartExecutionCommand({ stateMachineArn: machines.wait, name: `wait-${i}`, input: `{"i":${i}}` }));
      waits.push(out.executionArn as string);
    }
    // Kill once the Map's first two iterations are done and the last two are waiting, so both halves of its work are tested.
    for (;;) {
      const events = await history(before, mapRun);
      if (events.length >= 15) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    for (const executionArn of [...waits, mapRun, parallelRun]) {
      expect((await before.send(new DescribeExecutionCommand({ executionArn }))).status).toBe("RUNNING");
    }
    first.child.kill("SIGKILL");
    expect(await first.exited).toEqual({ code: null, signal: "SIGKILL" });
    before.destroy();
    restarted = await startCli(dataDir);
    sfn = cliClient(restarted.url);
  }, 40_000);

  afterAll(async () => {
    sfn?.destroy();
    if (restarted && restarted.child.exitCode === null && restarted.child.signalCode === null) {
      restarted.child.kill("SIGKILL");
      await restarted.exited;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("keeps every state machine and execution it acknowledged", async () => {
    const listed = await sfn.send(new ListStateMachinesCommand({}));
    expect((listed.stateMachines ?? []).map((item) => item.stateMachineArn).sort()).toEqual(Object.values(machines).sort());
    const executions = await sfn.send(new ListExecutionsCommand({ stateMachineArn: machines.wait }));
    expect((executions.executions ?? []).map((item) => item.executionArn).sort()).toEqual([...waits].sort());
    const pass = await sfn.send(new DescribeExecutionCommand({ executionArn: passRun }));
    expect(pass).toMatchObject({ status: "SUCCEEDED", input: '{"p":1}', output: '{"p":1}' });
  });

  it("finishes the Wait executions with one event for each step", async () => {
    for (const [i, executionArn] of waits.entries()) {
      expect(await finished(sfn, executionArn)).toMatchObject({ status: "SUCCEEDED", output: '"done"', input: `{"i":${i}}` });
      expect(await history(sfn, executionArn)).toEqual(
        numbered(
          [
            started(`{"i":${i}}`),
            entered("Wait", "W", `{"i":${i}}`),
            exited("Wait", "W", `{"i":${i}}`),
            entered("Pass", "P", `{"i":${i}}`),
            exited("Pass", "P", '"done"'),
            succeeded('"done"'),
          ],
          [0, 0, 2, 3, 4, 5],
        ),
      );
    }
  });

  it("finishes the inline Map, running each iteration once", async () => {
    expect(await finished(sfn, mapRun)).toMatchObject({ status: "SUCCEEDED", output: "[1,2,3,4]" });
    expect(await history(sfn, mapRun)).toEqual(
      numbered(
        [
          started("[1,2,3,4]"),
          entered("Map", "M", "[1,2,3,4]"),
          { type: "MapStateStarted", mapStateStartedEventDetails: { length: 4 } },
          iteration("Started", 0),
          iteration("Started", 1),
          entered("Wait", "W", "1"),
          entered("Wait", "W", "2"),
          exited("Wait", "W", "1"),
          iteration("Succeeded", 0),
          iteration("Started", 2),
          entered("Wait", "W", "3"),
          exited("Wait", "W", "2"),
          iteration("Succeeded", 1),
          iteration("Started", 3),
          entered("Wait", "W", "4"),
          exited("Wait", "W", "3"),
          iteration("Succeeded", 2),
          exited("Wait", "W", "4"),
          iteration("Succeeded", 3),
          { type: "MapStateSucceeded" },
          exited("Map", "M", "[1,2,3,4]"),
          succeeded("[1,2,3,4]"),
        ],
        [0, 0, 2, 3, 3, 4, 5, 6, 8, 8, 10, 7, 12, 12, 14, 11, 16, 15, 18, 19, 19, 21],
      ),
    );
  });

  it("finishes the Parallel state's waiting branch without rerunning the finished one", async () => {
    const input = '{"k":"v"}';
    expect(await finished(sfn, parallelRun)).toMatchObject({ status: "SUCCEEDED", output: '["a","b"]' });
    expect(await history(sfn, parallelRun)).toEqual(
      numbered(
        [
          started(input),
          entered("Parallel", "Par", input),
          { type: "ParallelStateStarted" },
          entered("Wait", "A", input),
          entered("Pass", "B", input),
          exited("Pass", "B", '"b"'),
          exited("Wait", "A", input),
          entered("Pass", "A2", input),
          exited("Pass", "A2", '"a"'),
          { type: "ParallelStateSucceeded" },
          exited("Parallel", "Par", '["a","b"]'),
          succeeded('["a","b"]'),
        ],
        [0, 0, 2, 3, 3, 5, 4, 7, 8, 9, 9, 11],
      ),
    );
  });

  it("exits with code 0 on SIGTERM", async () => {
    restarted.child.kill("SIGTERM");
    expect(await restarted.exited).toEqual({ code: 0, signal: null });
  });
});
