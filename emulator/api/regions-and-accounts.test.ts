/**
 * Regions and accounts: taken from the request's signature and access key, each keeping its own
 * resources, nested executions and task tokens.
 */
import {
  CreateActivityCommand,
  CreateStateMachineCommand,
  DescribeActivityCommand,
  DescribeStateMachineCommand,
  GetActivityTaskCommand,
  ListActivitiesCommand,
  ListStateMachinesCommand,
  SendTaskSuccessCommand,
  SFNClient,
  StartExecutionCommand,
  TagResourceCommand,
} from "@aws-sdk/client-sfn";
import type { Emulator } from "../index";
import { failure, settledExecution, useTestEmulator } from "../testing/test-emulator";

const ROLE = "arn:aws:iam::123456789012:role/sfn-role";
const PASS = JSON.stringify({ StartAt: "P", States: { P: { Type: "Pass", End: true } } });

let emulator: Emulator;
const clients: SFNClient[] = [];

useTestEmulator({}, (started) => ({ emulator } = started));
afterAll(() => {
  for (const client of clients) client.destroy();
});

/** A client signing for the region with the access key id (a 12-digit one names the account). */
function client(region: string, accessKeyId: string): SFNClient {
  const created = new SFNClient({
    endpoint: emulator.url,
    region,
    credentials: { accessKeyId, secretAccessKey: "secret" },
    maxAttempts: 1,
    disableHostPrefix: true,
  });
  clients.push(created);
  return created;
}

async function createMachine(sfn: SFNClient, name: string, definition = PASS): Promise<string> {
  const created = await sfn.send(new CreateStateMachineCommand({ name, definition, roleArn: ROLE }));
  return created.stateMachineArn ?? "";
}

async function machineNames(sfn: SFNClient): Promise<string[]> {
  return ((await sfn.send(new ListStateMachinesCommand({}))).stateMachines ?? []).map((machine) => machine.name ?? "");
}

describe("regions and accounts", () => {
  it("takes the region from the SigV4 scope and the account from a 12-digit access key id", async () => {
    const arn = await createMachine(client("eu-west-3", "210987654321"), "scoped");
    expect(arn).toBe("arn:aws:states:eu-west-3:210987654321:stateMachine:scoped");
  });

  it("falls back to --account when the access key id is not 12 digits", async () => {
    const arn = await createMachine(client("ap-south-1", "AKIAEXAMPLE"), "fallback-account");
    expect(arn).toBe("arn:aws:states:ap-south-1:123456789012:stateMachine:fallback-account");
  });

  it("falls back to --region and --account for an unsigned request", async () => {
    const response = await fetch(emulator.url, {
      method: "POST",
      headers: { "Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": "AWSStepFunctions.CreateActivity" },
      body: JSON.stringify({ name: "unsigned" }),
    });
    expect(await response.json()).toMatchObject({ activityArn: "arn:aws:states:us-east-1:123456789012:activity:unsigned" });
  });

  it.each([
    ["cn-north-1", "aws-cn"],
    ["us-gov-west-1", "aws-us-gov"],
    ["us-iso-east-1", "aws-iso"],
    ["us-isob-east-1", "aws-iso-b"],
    ["eu-central-1", "aws"],
  ])("mints ARNs in %s with the %s partition", async (region, partition) => {
    const arn = await createMachine(client(region, "111122223333"), `in-${region}`);
    expect(arn).toBe(`arn:${partition}:states:${region}:111122223333:stateMachine:in-${region}`);
  });

  it("keeps the same name apart in two regions and two accounts, each listing only its own", async () => {
    const west = client("us-west-2", "111111111111");
    const east = client("us-east-2", "111111111111");
    const otherAccount = client("us-west-2", "222222222222");
    const westArn = await createMachine(west, "orders", PASS);
    const eastArn = await createMachine(east, "orders", JSON.stringify({ StartAt: "Q", States: { Q: { Type: "Succeed" } } }));
    const otherArn = await createMachine(otherAccount, "orders");
    expect(new Set([westArn, eastArn, otherArn]).size).toBe(3);
    expect(await machineNames(west)).toEqual(["orders"]);
    expect(await machineNames(east)).toEqual(["orders"]);
    expect((await east.send(new DescribeStateMachineCommand({ stateMachineArn: eastArn }))).definition).toContain('"Succeed"');
    expect((await west.send(new DescribeStateMachineCommand({ stateMachineArn: westArn }))).definition).toBe(PASS);
  });

  it("answers an ARN of another region or account as not found in the caller's", async () => {
    const west = client("us-west-2", "333333333333");
    const east = client("us-east-2", "333333333333");
    const stranger = client("us-west-2", "444444444444");
    const arn = await createMachine(west, "private");
    expect(await failure(east.send(new DescribeStateMachineCommand({ stateMachineArn: arn })))).toEqual({
      name: "StateMachineDoesNotExist",
      message: `State Machine Does Not Exist: '${arn}'`,
      status: 400,
    });
    expect((await failure(stranger.send(new StartExecutionCommand({ stateMachineArn: arn })))).name).toBe("StateMachineDoesNotExist");
    expect((await failure(east.send(new TagResourceCommand({ resourceArn: arn, tags: [{ key: "k", value: "v" }] })))).name).toBe(
      "ResourceNotFound",
    );
    const activity = await west.send(new CreateActivityCommand({ name: "private-work" }));
    expect((await failure(stranger.send(new DescribeActivityCommand({ activityArn: activity.activityArn })))).name).toBe("ActivityDoesNotExist");
    expect(((await stranger.send(new ListActivitiesCommand({}))).activities ?? []).map((item) => item.name)).not.toContain("private-work");
  });

  it("runs a nested execution in its parent's region and account", async () => {
    const sfn = client("ap-northeast-1", "555555555555");
    const child = await createMachine(sfn, "child", JSON.stringify({ StartAt: "P", States: { P: { Type: "Pass", Result: { ok: 1 }, End: true } } }));
    const parent = await createMachine(
      sfn,
      "parent",
      JSON.stringify({
        StartAt: "Run",
        States: {
          Run: { Type: "Task", Resource: "arn:aws:states:::states:startExecution.sync:2", Parameters: { StateMachineArn: child }, End: true },
        },
      }),
    );
    const started = await sfn.send(new StartExecutionCommand({ stateMachineArn: parent }));
    const ended = await settledExecution(sfn, started.executionArn ?? "");
    expect(ended.status).toBe("SUCCEEDED");
    const output = JSON.parse(ended.output ?? "{}") as { ExecutionArn: string; Output: unknown };
    expect(output.ExecutionArn).toMatch(/^arn:aws:states:ap-northeast-1:555555555555:execution:child:/);
    expect(output.Output).toEqual({ ok: 1 });
  });

  it("does not let another account answer a task token", async () => {
    const owner = client("sa-east-1", "666666666666");
    const stranger = client("sa-east-1", "777777777777");
    const activity = await owner.send(new CreateActivityCommand({ name: "approvals" }));
    const machine = await createMachine(
      owner,
      "approve",
      JSON.stringify({ StartAt: "Wait", States: { Wait: { Type: "Task", Resource: activity.activityArn, End: true } } }),
    );
    const started = await owner.send(new StartExecutionCommand({ stateMachineArn: machine }));
    const task = await owner.send(new GetActivityTaskCommand({ activityArn: activity.activityArn }));
    const taskToken = task.taskToken ?? "";
    expect((await failure(stranger.send(new SendTaskSuccessCommand({ taskToken, output: "{}" })))).name).toBe("TaskDoesNotExist");
    await owner.send(new SendTaskSuccessCommand({ taskToken, output: '{"approved":true}' }));
    expect((await settledExecution(owner, started.executionArn ?? "")).output).toBe('{"approved":true}');
  });
});
