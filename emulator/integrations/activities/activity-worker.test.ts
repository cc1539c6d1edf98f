/**
 * Activity tasks with workers: served through the AWS CLI, long-polled, timed out without a worker,
 * failed on missed heartbeats.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { spawnSync } from "node:child_process";
import { CreateActivityCommand, GetActivityTaskCommand, type SFNClient } from "@aws-sdk/client-sfn";
import type { Emulator } from "../..";
import { createMachine, finalHistory, startExecution, types, useTestEmulator, waitForEvent } from "../../testing/test-emulator";

const run = promisify(execFile);
const hasAwsCli = spawnSync("aws", ["--version"], { stdio: "ignore" }).status === 0;
if (!hasAwsCli) console.warn("SKIPPED: the activity worker test with the AWS CLI needs `aws` on PATH");
// Skipped only where the AWS CLI is missing: the worker under test is the CLI; CI has it.
const withCli = hasAwsCli ? it : it.skip;

describe("activity tasks", () => {
  let emulator: Emulator;
  let sfn: SFNClient;

  useTestEmulator({}, (started) => ({ emulator, sfn } = started));

  async function aws(...args: string[]): Promise<string> {
    const env = { ...process.env, AWS_ACCESS_KEY_ID: "test", AWS_SECRET_ACCESS_KEY: "test", AWS_DEFAULT_REGION: "us-east-1", AWS_PAGER: "" };
    const { stdout } = await run("aws", ["stepfunctions", "--endpoint-url", emulator.url, "--output", "json", ...args], { env });
    return stdout;
  }

  withCli("serves a worker using the AWS CLI's get-activity-task and send-task-success", async () => {
    const activityArn = (await sfn.send(new CreateActivityCommand({ name: "cli-worker" }))).activityArn as string;
    const machine = await createMachine(sfn, { StartAt: "Work", States: { Work: { Type: "Task", Resource: activityArn, End: true } } });
    const executionArn = await startExecution(sfn, machine, { job: 7 });
    await waitForEvent(sfn, executionArn, "ActivityScheduled");
    const task = JSON.parse(await aws("get-activity-task", "--activity-arn", activityArn, "--worker-name", "cli")) as { taskToken: string; input: string };
    expect(JSON.parse(task.input)).toEqual({ job: 7 });
    await aws("send-task-success", "--task-token", task.taskToken, "--task-output", '{"done":true}');
    const events = await finalHistory(sfn, executionArn);
    expect(types(events)).toEqual([
      "ExecutionStarted",
      "TaskStateEntered",
      "ActivityScheduled",
      "ActivityStarted",
      "ActivitySucceeded",
      "TaskStateExited",
      "ExecutionSucceeded",
    ]);
    expect(events[3]?.activityStartedEventDetails).toEqual({ workerName: "cli" });
    expect(events[4]?.activitySucceededEventDetails?.output).toBe('{"done":true}');
  });

  it("long-polls: a worker waiting before the task is scheduled receives it", async () => {
    const activityArn = (await sfn.send(new CreateActivityCommand({ name: "early-worker" }))).activityArn as string;
    const machine = await createMachine(sfn, { StartAt: "Work", States: { Work: { Type: "Task", Resource: activityArn, End: true } } });
    const polling = sfn.send(new GetActivityTaskCommand({ activityArn, workerName: "early" }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await startExecution(sfn, machine, { n: 1 });
    const task = await polling;
    expect(task.input).toBe('{"n":1}');
    expect(task.taskToken).toBeTruthy();
  });

  it("times out an activity no worker picks up", async () => {
    const activityArn = (await sfn.send(new CreateActivityCommand({ name: "idle" }))).activityArn as string;
    const machine = await createMachine(sfn, {
      StartAt: "Work",
      States: { Work: { Type: "Task", Resource: activityArn, TimeoutSeconds: 1, End: true } },
    });
    const events = await finalHistory(sfn, await startExecution(sfn, machine));
    expect(types(events)).toEqual(["ExecutionStarted", "TaskStateEntered", "ActivityScheduled", "ActivityTimedOut", "ExecutionFailed"]);
    expect(events[3]?.activityTimedOutEventDetails).toEqual({ error: "States.Timeout" });
  });

  it("times out with States.Timeout, as AWS records it, when a started worker stops sending heartbeats", async () => {
    const activityArn = (await sfn.send(new CreateActivityCommand({ name: "silent" }))).activityArn as string;
    const machine = await createMachine(sfn, {
      StartAt: "Work",
      States: { Work: { Type: "Task", Resource: activityArn, HeartbeatSeconds: 1, End: true } },
    });
    const executionArn = await startExecution(sfn, machine);
    await waitForEvent(sfn, executionArn, "ActivityScheduled");
    await sfn.send(new GetActivityTaskCommand({ activityArn, workerName: "w" }));
    const events = await finalHistory(sfn, executionArn);
    expect(types(events).slice(-3)).toEqual(["ActivityStarted", "ActivityTimedOut", "ExecutionFailed"]);
    expect(events[events.length - 1]?.executionFailedEventDetails).toEqual({ error: "States.Timeout" });
  });
});
