/**
 * `POST /_emulator/reset`: every state machine, execution, activity and tag is cleared and running
 * executions stop, without a restart.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  CreateActivityCommand,
  DescribeExecutionCommand,
  ListActivitiesCommand,
  ListStateMachinesCommand,
  ListTagsForResourceCommand,
  StartExecutionCommand,
  TagResourceCommand,
  type SFNClient,
} from "@aws-sdk/client-sfn";
import type { Emulator } from "../index";
import { createMachine, failure, finalHistory, startTestEmulator } from "../testing/test-emulator";

const SLEEPER = { StartAt: "Sleep", States: { Sleep: { Type: "Wait", Seconds: 3600, End: true } } };
const QUICK = { StartAt: "Done", States: { Done: { Type: "Pass", Result: "ok", End: true } } };

async function reset(emulator: Emulator): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${emulator.url}/_emulator/reset`, { method: "POST" });
  return { status: response.status, body: await response.json() };
}

describe("POST /_emulator/reset", () => {
  let dir: string;
  let emulator: Emulator;
  let sfn: SFNClient;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-reset-"));
    // On disk, so the reset is shown to clear the store itself and not only what is in memory.
    ({ emulator, sfn } = await startTestEmulator({ inMemory: false, dataDir: dir, waitTimeScale: 1 }));
  });

  afterAll(async () => {
    sfn.destroy();
    await emulator.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("clears state machines, executions, activities and tags, and stops running executions, without a restart", async () => {
    const sleeperArn = await createMachine(sfn, SLEEPER, "Sleeper");
    await sfn.send(new TagResourceCommand({ resourceArn: sleeperArn, tags: [{ key: "team", value: "a" }] }));
    await sfn.send(new CreateActivityCommand({ name: "approve" }));
    const running = await sfn.send(new StartExecutionCommand({ stateMachineArn: sleeperArn, name: "fixed-name" }));
    const health = async () => (await (await fetch(`${emulator.url}/health`)).json()) as { runningExecutions: number };
    expect((await health()).runningExecutions).toBe(1);

    expect(await reset(emulator)).toEqual({ status: 200, body: { reset: true } });

    expect((await health()).runningExecutions).toBe(0);
    expect((await sfn.send(new ListStateMachinesCommand({}))).stateMachines).toEqual([]);
    expect((await sfn.send(new ListActivitiesCommand({}))).activities).toEqual([]);
    expect(await failure(sfn.send(new DescribeExecutionCommand({ executionArn: running.executionArn })))).toMatchObject({ name: "ExecutionDoesNotExist" });
    expect(await failure(sfn.send(new ListTagsForResourceCommand({ resourceArn: sleeperArn })))).toMatchObject({ name: "ResourceNotFound" });

    // The same names work again, as on a fresh start: a suite with fixed execution names can rerun.
    const again = await createMachine(sfn, QUICK, "Sleeper");
    expect(again).toBe(sleeperArn);
    const rerun = await sfn.send(new StartExecutionCommand({ stateMachineArn: again, name: "fixed-name" }));
    const events = await finalHistory(sfn, rerun.executionArn as string);
    expect(events.map((event) => event.type)).toEqual(["ExecutionStarted", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"]);
  });

  it("answers 404 in AWS's shape for other methods on the path", async () => {
    const response = await fetch(`${emulator.url}/_emulator/reset`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ __type: "UnknownOperationException" });
  });
});
