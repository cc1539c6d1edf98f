/**
 * Executions stored by the release before progress had a `kind` tag: their frames are rewritten in
 * the old form (the tag removed) between two runs of the emulator on one data directory, and the
 * restarted emulator finishes each of them as if nothing had happened.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import {
  CreateStateMachineCommand,
  DescribeMapRunCommand,
  ListMapRunsCommand,
  RedriveExecutionCommand,
  SendTaskSuccessCommand,
  StartExecutionCommand,
  UpdateMapRunCommand,
  type HistoryEvent,
} from "@aws-sdk/client-sfn";
import { startEmulator, type RunningEmulator } from "../index";
import { fullHistory } from "../testkit/run-execution";

const START = Date.UTC(2030, 0, 1, 12, 0, 0);
const ROLE = "arn:aws:iam::123456789012:role/test";

const MACHINES = {
  wait: { StartAt: "W", States: { W: { Type: "Wait", Seconds: 60, Next: "P" }, P: { Type: "Pass", Result: "waited", End: true } } },
  callback: {
    StartAt: "Callback",
    States: {
      Callback: {
        Type: "Task",
        Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
        Parameters: { QueueUrl: "q", "MessageBody.$": "$$.Task.Token" },
        TimeoutSeconds: 3600,
        End: true,
      },
    },
  },
  retry: {
    StartAt: "Call",
    States: {
      Call: {
        Type: "Task",
        Resource: "arn:aws:lambda:us-east-1:123456789012:function:busyOnce",
        Retry: [{ ErrorEquals: ["Busy"], IntervalSeconds: 100, MaxAttempts: 1 }],
        End: true,
      },
    },
  },
  map: {
    StartAt: "M",
    States: {
      M: {
        Type: "Map",
        MaxConcurrency: 1,
        ItemProcessor: { ProcessorConfig: { Mode: "INLINE" }, StartAt: "W", States: { W: { Type: "Wait", Seconds: 10, End: true } } },
        End: true,
      },
    },
  },
  distributed: {
    StartAt: "D",
    States: {
      D: {
        Type: "Map",
        MaxConcurrency: 1,
        ItemProcessor: {
          ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" },
          StartAt: "W",
          States: { W: { Type: "Wait", Seconds: 10, End: true } },
        },
        End: true,
      },
    },
  },
  parallel: {
    StartAt: "Par",
    States: {
      Par: {
        Type: "Parallel",
        Branches: [
          { StartAt: "A", States: { A: { Type: "Wait", Seconds: 30, Next: "A2" }, A2: { Type: "Pass", Result: "a", End: true } } },
          { StartAt: "B", States: { B: { Type: "Pass", Result: "b", End: true } } },
        ],
        End: true,
      },
    },
  },
  redrive: {
    StartAt: "Par",
    States: {
      Par: {
        Type: "Parallel",
        Branches: [
          { StartAt: "A", States: { A: { Type: "Pass", Result: "a", End: true } } },
          { StartAt: "B", States: { B: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:failsOnce", End: true } } },
        ],
        End: true,
      },
    },
  },
};
type MachineName = keyof typeof MACHINES;

const tokens: string[] = [];
const calls = { busyOnce: 0, failsOnce: 0 };
const handlers = {
  "sqs:sendMessage": (_input: unknown, context: { taskToken?: string }) => {
    tokens.push(context.taskToken ?? "");
    return {};
  },
  busyOnce: () => {
    if (calls.busyOnce++ === 0) throw Object.assign(new Error("busy"), { name: "Busy" });
    return "called";
  },
  failsOnce: () => {
    if (calls.failsOnce++ === 0) throw Object.assign(new Error("down"), { name: "Down" });
    return "b";
  },
};

/** Rewrites every stored frame's progress as the previous release wrote it: without `kind`. Returns the kinds removed. */
function untagProgress(dataDir: string): string[] {
  const db = new Database(path.join(dataDir, "sfn-emulator.sqlite"));
  try {
    const rows = db.prepare("SELECT execution_id AS executionId, frame_id AS frameId, data FROM frames").all() as Array<{ executionId: number; frameId: string; data: string }>;
    const update = db.prepare("UPDATE frames SET data = ? WHERE execution_id = ? AND frame_id = ?");
    const kinds: string[] = [];
    for (const row of rows) {
      const data = JSON.parse(row.data) as { progress: { kind?: string } | null };
      if (data.progress === null) continue;
      const { kind, ...untagged } = data.progress;
      kinds.push(kind ?? "none");
      update.run(JSON.stringify({ ...data, progress: untagged }), row.executionId, row.frameId);
    }
    return kinds.sort();
  } finally {
    db.close();
  }
}

function typesOf(events: HistoryEvent[]): string[] {
  return events.map((event) => event.type ?? "");
}

describe("an execution stored with untagged progress, resumed after a restart", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-untagged-progress-"));
  const executions = {} as Record<MachineName, string>;
  let emu: RunningEmulator;
  let removedKinds: string[] = [];

  beforeAll(async () => {
    const first = await startEmulator({ inMemory: false, dataDir, clock: "virtual", clockStart: START, logLevel: "silent", handlers });
    for (const [name, definition] of Object.entries(MACHINES)) {
      const created = await first.client.send(new CreateStateMachineCommand({ name, definition: JSON.stringify(definition), roleArn: ROLE }));
      const input = name === "map" || name === "distributed" ? "[1,2,3]" : '{"k":"v"}';
      const started = await first.client.send(new StartExecutionCommand({ stateMachineArn: created.stateMachineArn, name: `${name}-run`, input }));
      executions[name as MachineName] = started.executionArn ?? "";
    }
    // Every execution runs until it blocks (the redrive one until it fails), then the emulator stops.
    await first.clock.advance(0);
    expect((await first.waitForExecution(executions.redrive)).status).toBe("FAILED");
    await first.stop();
    removedKinds = untagProgress(dataDir);
    emu = await startEmulator({ inMemory: false, dataDir, clock: "virtual", clockStart: START, logLevel: "silent", handlers });
  }, 30_000);

  afterAll(async () => {
    await emu?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("was stored with a kind on every progress, and read back without one", () => {
    // The Map's and the DISTRIBUTED Map's frames, the Parallels' and the waits and tasks inside them.
    expect(new Set(removedKinds)).toEqual(new Set(["map", "parallel", "retry-wait", "task", "wait"]));
  });

  it("finds a DISTRIBUTED Map's run for UpdateMapRun and runs its remaining iterations", async () => {
    const runs = await emu.client.send(new ListMapRunsCommand({ executionArn: executions.distributed }));
    const mapRunArn = runs.mapRuns?.[0]?.mapRunArn ?? "";
    await emu.client.send(new UpdateMapRunCommand({ mapRunArn, maxConcurrency: 3 }));
    expect(await emu.client.send(new DescribeMapRunCommand({ mapRunArn }))).toMatchObject({ maxConcurrency: 3 });
    await emu.clock.advance(30_000);
    expect(await emu.waitForExecution(executions.distributed)).toMatchObject({ status: "SUCCEEDED", output: "[1,2,3]" });
  });

  it("finishes a Wait when its timer comes due", async () => {
    await emu.clock.advance(60_000);
    const described = await emu.waitForExecution(executions.wait);
    expect(described).toMatchObject({ status: "SUCCEEDED", output: '"waited"' });
  });

  it("finishes a callback Task when its token is answered", async () => {
    // The restart hands the call over again (at least once), with the same token.
    expect(new Set(tokens).size).toBe(1);
    await emu.client.send(new SendTaskSuccessCommand({ taskToken: tokens[0] ?? "", output: '{"answered":true}' }));
    const described = await emu.waitForExecution(executions.callback);
    expect(described).toMatchObject({ status: "SUCCEEDED", output: '{"answered":true}' });
  });

  it("retries a Task whose retry was waiting", async () => {
    await emu.clock.advance(100_000);
    expect(await emu.waitForExecution(executions.retry)).toMatchObject({ status: "SUCCEEDED", output: '"called"' });
    expect(calls.busyOnce).toBe(2);
  });

  it("runs the rest of an inline Map once each", async () => {
    await emu.clock.advance(30_000);
    expect(await emu.waitForExecution(executions.map)).toMatchObject({ status: "SUCCEEDED", output: "[1,2,3]" });
    const types = typesOf(await fullHistory(emu.client, executions.map));
    expect(types.filter((type) => type === "MapIterationStarted")).toHaveLength(3);
    expect(types.filter((type) => type === "MapIterationSucceeded")).toHaveLength(3);
  });

  it("finishes a Parallel's waiting branch without running the finished one again", async () => {
    await emu.clock.advance(30_000);
    expect(await emu.waitForExecution(executions.parallel)).toMatchObject({ status: "SUCCEEDED", output: '["a","b"]' });
    const types = typesOf(await fullHistory(emu.client, executions.parallel));
    expect(types.filter((type) => type === "PassStateEntered")).toHaveLength(2);
  });

  it("redrives a failed Parallel, running only the branch that failed", async () => {
    await emu.client.send(new RedriveExecutionCommand({ executionArn: executions.redrive }));
    expect(await emu.waitForExecution(executions.redrive)).toMatchObject({ status: "SUCCEEDED", output: '["a","b"]' });
    const types = typesOf(await fullHistory(emu.client, executions.redrive));
    expect(types.filter((type) => type === "PassStateEntered")).toHaveLength(1);
    expect(calls.failsOnce).toBe(2);
  });
});
