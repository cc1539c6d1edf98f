/**
 * Steps that cannot be written: the execution ends FAILED after its last written step, or at the next
 * start, and StopExecution still ends it.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DescribeExecutionCommand, GetExecutionHistoryCommand, SFNClient, StopExecutionCommand } from "@aws-sdk/client-sfn";
import { createEmulator, type Emulator } from "../index";
import type { Config } from "../config";
import { faultyStore, type FaultyStore } from "../testing/faulty-store";
import { createMachine, finalHistory, settledExecution, startExecution, types } from "../testing/test-emulator";

const PASS_WAIT_PASS = {
  StartAt: "First",
  States: {
    First: { Type: "Pass", Next: "Pause" },
    Pause: { Type: "Wait", Seconds: 1, Next: "Last" },
    Last: { Type: "Pass", End: true },
  },
};

async function start(faults: (store: FaultyStore) => void = () => undefined, overrides: Partial<Config> = {}) {
  let faulty: FaultyStore | undefined;
  const emulator = await createEmulator(
    { port: 0, inMemory: true, logLevel: "silent", waitTimeScale: 0.01, ...overrides },
    {
      wrapStore: (store) => {
        faulty = faultyStore(store);
        faults(faulty);
        return faulty.store;
      },
    },
  );
  return { emulator, sfn: client(emulator), faulty: faulty as FaultyStore };
}

function client(emulator: Emulator): SFNClient {
  return new SFNClient({
    endpoint: emulator.url,
    region: "us-east-1",
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
    maxAttempts: 1,
  });
}

describe("a step that cannot be written", () => {
  it("ends the execution FAILED with States.Runtime after its last written step", async () => {
    const { emulator, sfn, faulty } = await start();
    try {
      const machine = await createMachine(sfn, PASS_WAIT_PASS);
      faulty.failWrite(2);
      const arn = await startExecution(sfn, machine);
      const described = await settledExecution(sfn, arn);
      expect(described.status).toBe("FAILED");
      expect(described.error).toBe("States.Runtime");
      expect(described.cause).toContain("could not be written");
      const events = await finalHistory(sfn, arn);
      expect(types(events)).toEqual(["ExecutionStarted", "PassStateEntered", "PassStateExited", "WaitStateEntered", "ExecutionFailed"]);
      const failed = events[4];
      expect(failed?.id).toBe(5);
      expect(failed?.previousEventId).toBe(4);
      expect(failed?.executionFailedEventDetails?.cause).toContain("injected write failure");
    } finally {
      await emulator.close();
    }
  });

  it("ends an execution whose first step cannot be written FAILED instead of leaving it running", async () => {
    const { emulator, sfn, faulty } = await start();
    try {
      const machine = await createMachine(sfn, PASS_WAIT_PASS);
      faulty.failWrite(1);
      const arn = await startExecution(sfn, machine);
      const described = await settledExecution(sfn, arn);
      expect(described.status).toBe("FAILED");
      expect(described.error).toBe("States.Runtime");
      expect(types(await finalHistory(sfn, arn))).toEqual(["ExecutionFailed"]);
      const health = await (await fetch(`${emulator.url}/health`)).json();
      expect(health).toMatchObject({ runningExecutions: 0, armedTimers: 0, pendingTasks: 0 });
    } finally {
      await emulator.close();
    }
  });

  it("is failed at the next start when not even its failure could be written", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-transactional-"));
    try {
      const first = await start((faulty) => faulty.failWrite(Infinity), { inMemory: false, dataDir });
      let arn: string;
      try {
        const machine = await createMachine(first.sfn, PASS_WAIT_PASS);
        first.faulty.failWrite(2, { alsoFollowing: true });
        arn = await startExecution(first.sfn, machine);
        // The first step is written; the second and the failure are not, so the store still says RUNNING.
        await waitFor(async () => (await healthOf(first.emulator)).runningExecutions === 0);
        expect((await first.sfn.send(new DescribeExecutionCommand({ executionArn: arn }))).status).toBe("RUNNING");
      } finally {
        await first.emulator.close();
      }
      const second = await createEmulator({ port: 0, dataDir, logLevel: "silent", waitTimeScale: 0.01 });
      const sfn = client(second);
      try {
        const described = await settledExecution(sfn, arn);
        expect(described.status).toBe("FAILED");
        expect(described.error).toBe("States.Runtime");
        expect(described.cause).toContain("could not be written");
        expect(types(await finalHistory(sfn, arn)).slice(-2)).toEqual(["WaitStateEntered", "ExecutionFailed"]);
      } finally {
        await second.close();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe("StopExecution", () => {
  it("ends a RUNNING execution that nothing drives any more (its writes and its mark failed)", async () => {
    const { emulator, sfn, faulty } = await start();
    try {
      const machine = await createMachine(sfn, PASS_WAIT_PASS);
      faulty.failWrite(2, { alsoFollowing: true, alsoMarks: true });
      const arn = await startExecution(sfn, machine);
      await waitFor(async () => (await healthOf(emulator)).runningExecutions === 0);
      expect((await sfn.send(new DescribeExecutionCommand({ executionArn: arn }))).status).toBe("RUNNING");
      faulty.failWrite(Infinity);
      await sfn.send(new StopExecutionCommand({ executionArn: arn, error: "Zombie", cause: "stopped by the test" }));
      const described = await sfn.send(new DescribeExecutionCommand({ executionArn: arn }));
      expect(described.status).toBe("ABORTED");
      const history = await sfn.send(new GetExecutionHistoryCommand({ executionArn: arn }));
      expect(types(history.events ?? []).slice(-1)).toEqual(["ExecutionAborted"]);
    } finally {
      await emulator.close();
    }
  });
});

async function healthOf(emulator: Emulator): Promise<{ runningExecutions: number; armedTimers: number; pendingTasks: number }> {
  return (await (await fetch(`${emulator.url}/health`)).json()) as { runningExecutions: number; armedTimers: number; pendingTasks: number };
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
