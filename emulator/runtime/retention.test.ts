/**
 * Retention: closed executions older than the retention period are purged at start; running ones are kept.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DescribeExecutionCommand, GetExecutionHistoryCommand, SFNClient } from "@aws-sdk/client-sfn";
import { createEmulator, type Emulator } from "../index";
import { createMachine, failure, settledExecution, startExecution } from "../testing/test-emulator";

function client(emulator: Emulator): SFNClient {
  return new SFNClient({ endpoint: emulator.url, region: "us-east-1", credentials: { accessKeyId: "t", secretAccessKey: "t" }, maxAttempts: 1 });
}

describe("retention", () => {
  it("purges closed executions older than the retention period at start, and keeps running ones", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-retention-"));
    try {
      const first = await createEmulator({ port: 0, dataDir, logLevel: "silent", waitTimeScale: 1 });
      const before = client(first);
      let done: string;
      let waiting: string;
      try {
        const quick = await createMachine(before, { StartAt: "Done", States: { Done: { Type: "Succeed" } } });
        const slow = await createMachine(before, { StartAt: "Sleep", States: { Sleep: { Type: "Wait", Seconds: 1000, End: true } } });
        done = await startExecution(before, quick);
        expect((await settledExecution(before, done)).status).toBe("SUCCEEDED");
        waiting = await startExecution(before, slow);
      } finally {
        before.destroy();
        await first.close();
      }
      await new Promise((resolve) => setTimeout(resolve, 5));

      const second = await createEmulator({ port: 0, dataDir, logLevel: "silent", waitTimeScale: 1, retentionDays: 0 });
      const sfn = client(second);
      try {
        const deadline = Date.now() + 10_000;
        while ((await sfn.send(new DescribeExecutionCommand({ executionArn: done })).catch(() => undefined)) !== undefined) {
          if (Date.now() > deadline) throw new Error("the closed execution was not purged");
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        expect((await failure(sfn.send(new GetExecutionHistoryCommand({ executionArn: done })))).name).toBe("ExecutionDoesNotExist");
        expect((await sfn.send(new DescribeExecutionCommand({ executionArn: waiting }))).status).toBe("RUNNING");
      } finally {
        sfn.destroy();
        await second.close();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
