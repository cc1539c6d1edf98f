/** An execution whose step held the emulator until it was killed is failed at the next start, not rerun. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CreateStateMachineCommand, DescribeExecutionCommand, GetExecutionHistoryCommand, StartExecutionCommand } from "@aws-sdk/client-sfn";
import { cliClient, killCliProcess, startCliProcess, type CliProcess } from "../testing/cli-process";

const ROLE = "arn:aws:iam::123456789012:role/sfn-role";
/** A recursion that never ends: without an evaluation budget it holds the event loop for good. */
const RUNAWAY = {
  QueryLanguage: "JSONata",
  StartAt: "Loop",
  States: { Loop: { Type: "Pass", Output: "{% ($f := function($n){ $f($n + 1) }; $f(0)) %}", End: true } },
};

/** GET /health, or undefined when no answer comes within `timeoutMs`. */
async function healthWithin(url: string, timeoutMs: number): Promise<{ status: string } | undefined> {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(timeoutMs) });
    return (await response.json()) as { status: string };
  } catch {
    return undefined;
  }
}

describe("an execution whose step held the emulator until it was killed", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-poison-"));
  let first: CliProcess | undefined;
  let second: CliProcess | undefined;

  afterAll(async () => {
    for (const cli of [first, second]) if (cli) await killCliProcess(cli);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("is failed at the next start instead of being run again, and the emulator answers", async () => {
    first = await startCliProcess(dataDir);
    const before = cliClient(first.url);
    const machine = await before.send(new CreateStateMachineCommand({ name: "runaway", definition: JSON.stringify(RUNAWAY), roleArn: ROLE }));
    const { executionArn } = await before.send(new StartExecutionCommand({ stateMachineArn: machine.stateMachineArn, input: "{}" }));
    before.destroy();
    // Until the emulator stops answering (or, with an evaluation budget, the step fails on its own), then past the watchdog's 5 s.
    await new Promise((resolve) => setTimeout(resolve, 7_000));
    await killCliProcess(first);

    second = await startCliProcess(dataDir);
    expect(await healthWithin(second.url, 2_000)).toMatchObject({ status: "ok" });
    const after = cliClient(second.url);
    try {
      const described = await after.send(new DescribeExecutionCommand({ executionArn }));
      expect(described.status).toBe("FAILED");
      const history = await after.send(new GetExecutionHistoryCommand({ executionArn, reverseOrder: true, maxResults: 1 }));
      expect(history.events?.[0]?.type).toBe("ExecutionFailed");
      // Still answering after the restart: the step was not run again.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await healthWithin(second.url, 2_000)).toMatchObject({ status: "ok" });
    } finally {
      after.destroy();
    }
  }, 60_000);
});
