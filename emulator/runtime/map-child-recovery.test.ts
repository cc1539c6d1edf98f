/** A DISTRIBUTED Map's children survive a crash under their ARNs and are finished after the restart. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  ListExecutionsCommand,
  ListMapRunsCommand,
  StartExecutionCommand,
  type SFNClient,
} from "@aws-sdk/client-sfn";
import { cliClient, killCliProcess, startCliProcess, type CliProcess } from "../testing/cli-process";

const ROLE = "arn:aws:iam::123456789012:role/any";
// Each child waits a second, so the process is killed while they run.
const DEFINITION = JSON.stringify({
  StartAt: "Fan",
  States: {
    Fan: {
      Type: "Map",
      ItemProcessor: {
        ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" },
        StartAt: "Pause",
        States: { Pause: { Type: "Wait", Seconds: 1, End: true } },
      },
      End: true,
    },
  },
});

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("a DISTRIBUTED Map's child executions across a crash", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-map-children-"));
  let cli: CliProcess | undefined;
  let sfn: SFNClient | undefined;

  afterAll(async () => {
    sfn?.destroy();
    if (cli) await killCliProcess(cli);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("are kept under the same ARNs and end once the restarted emulator finishes their iterations", async () => {
    cli = await startCliProcess(dataDir);
    sfn = cliClient(cli.url);
    const { stateMachineArn } = await sfn.send(new CreateStateMachineCommand({ name: "crash", definition: DEFINITION, roleArn: ROLE }));
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn, input: "[1,2,3]" }));
    const client = sfn;
    const runs = await until(
      () => client.send(new ListMapRunsCommand({ executionArn })),
      (listed) => (listed.mapRuns ?? []).length > 0,
    );
    const mapRunArn = runs.mapRuns?.[0]?.mapRunArn ?? "";
    const before = await until(
      () => client.send(new ListExecutionsCommand({ mapRunArn })),
      (listed) => (listed.executions ?? []).length === 3,
    );
    expect(before.executions?.every((child) => child.status === "RUNNING")).toBe(true);
    await killCliProcess(cli);
    sfn.destroy();

    cli = await startCliProcess(dataDir);
    sfn = cliClient(cli.url);
    const restarted = sfn;
    await until(
      () => restarted.send(new DescribeExecutionCommand({ executionArn })),
      (described) => described.status !== "RUNNING",
    );
    const after = await restarted.send(new ListExecutionsCommand({ mapRunArn }));
    expect((after.executions ?? []).map((child) => child.executionArn).sort()).toEqual((before.executions ?? []).map((child) => child.executionArn).sort());
    expect(after.executions?.map((child) => child.status)).toEqual(["SUCCEEDED", "SUCCEEDED", "SUCCEEDED"]);
  }, 60_000);
});

