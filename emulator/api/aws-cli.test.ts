/**
 * The emulator through the AWS CLI and boto3: a state machine created, run and read back from each client.
 */
import { execFile, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createEmulator, type Emulator } from "../index";

const ROLE = "arn:aws:iam::123456789012:role/sfn-role";
const DEFINITION = {
  StartAt: "First",
  States: {
    First: { Type: "Pass", Result: "one", ResultPath: "$.first", Next: "Done" },
    Done: { Type: "Succeed" },
  },
};

const hasAwsCli = spawnSync("aws", ["--version"], { stdio: "ignore" }).status === 0;
const hasBoto3 = spawnSync("python3", ["-c", "import boto3"], { stdio: "ignore" }).status === 0;
if (!hasAwsCli) console.warn("aws-cli.test: the AWS CLI (`aws`) is not on PATH; skipping the AWS CLI tests");
if (!hasBoto3) console.warn("aws-cli.test: python3 with boto3 is not available; skipping the boto3 test");

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-cli-"));
/** Dummy credentials and no user configuration, so the clients talk only to the emulator. */
const clientEnv: NodeJS.ProcessEnv = {
  ...process.env,
  AWS_ACCESS_KEY_ID: "dummy",
  AWS_SECRET_ACCESS_KEY: "dummy",
  AWS_DEFAULT_REGION: "us-east-1",
  AWS_REGION: "us-east-1",
  AWS_CONFIG_FILE: path.join(scratch, "no-config"),
  AWS_SHARED_CREDENTIALS_FILE: path.join(scratch, "no-credentials"),
  AWS_PAGER: "",
  AWS_EC2_METADATA_DISABLED: "true",
};
delete clientEnv.AWS_PROFILE;
delete clientEnv.AWS_SESSION_TOKEN;
delete clientEnv.AWS_ENDPOINT_URL;

let emulator: Emulator;

beforeAll(async () => {
  emulator = await createEmulator({ port: 0, inMemory: true, logLevel: "silent" });
});

afterAll(async () => {
  await emulator.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

function exec(file: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { env: clientEnv, timeout: 30_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

async function aws(...args: string[]): Promise<Record<string, unknown>> {
  const result = await exec("aws", ["stepfunctions", "--endpoint-url", emulator.url, "--output", "json", ...args]);
  if (result.code !== 0) throw new Error(`aws ${args.join(" ")} exited ${result.code}: ${result.stderr}`);
  return result.stdout.trim() === "" ? {} : (JSON.parse(result.stdout) as Record<string, unknown>);
}

// Skipped only where the client itself is missing (these tests are that client talking to us); CI has both.
const awsIt = hasAwsCli ? it : it.skip;
const botoIt = hasBoto3 ? it : it.skip;

describe("the AWS CLI against the emulator", () => {
  awsIt("creates a state machine, runs it and reads its status, output and history", async () => {
    const file = path.join(scratch, "definition.json");
    fs.writeFileSync(file, JSON.stringify(DEFINITION));
    const created = await aws("create-state-machine", "--name", "cli-machine", "--definition", `file://${file}`, "--role-arn", ROLE);
    expect(created.stateMachineArn).toBe("arn:aws:states:us-east-1:123456789012:stateMachine:cli-machine");

    const started = await aws("start-execution", "--state-machine-arn", created.stateMachineArn as string, "--name", "cli-run", "--input", '{"a":1}');
    expect(started.executionArn).toBe("arn:aws:states:us-east-1:123456789012:execution:cli-machine:cli-run");

    let described: Record<string, unknown> = {};
    for (let i = 0; i < 50; i++) {
      described = await aws("describe-execution", "--execution-arn", started.executionArn as string);
      if (described.status !== "RUNNING") break;
    }
    expect(described).toMatchObject({ status: "SUCCEEDED", input: '{"a":1}', output: '{"a":1,"first":"one"}', name: "cli-run" });

    const history = await aws("get-execution-history", "--execution-arn", started.executionArn as string);
    const events = history.events as Array<Record<string, unknown>>;
    expect(events.map((event) => [event.id, event.previousEventId, event.type])).toEqual([
      [1, 0, "ExecutionStarted"],
      [2, 0, "PassStateEntered"],
      [3, 2, "PassStateExited"],
      [4, 3, "SucceedStateEntered"],
      [5, 4, "SucceedStateExited"],
      [6, 5, "ExecutionSucceeded"],
    ]);
    expect(events[5]?.executionSucceededEventDetails).toEqual({ output: '{"a":1,"first":"one"}', outputDetails: { truncated: false } });

    const reversed = await aws("get-execution-history", "--execution-arn", started.executionArn as string, "--reverse-order", "--max-items", "2");
    expect((reversed.events as Array<Record<string, unknown>>).map((event) => event.id)).toEqual([6, 5]);

    const listed = await aws("list-state-machines");
    expect(listed.stateMachines).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: "cli-machine", stateMachineArn: created.stateMachineArn, type: "STANDARD" })]),
    );
  });

  awsIt("reports an AWS error code and a non-zero exit for an unknown state machine", async () => {
    const arn = "arn:aws:states:us-east-1:123456789012:stateMachine:cli-ghost";
    const result = await exec("aws", ["stepfunctions", "--endpoint-url", emulator.url, "describe-state-machine", "--state-machine-arn", arn]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`(StateMachineDoesNotExist) when calling the DescribeStateMachine operation: State Machine Does Not Exist: '${arn}'`);
  });
});

describe("boto3 against the emulator", () => {
  botoIt("creates a state machine, runs it and reads its history", async () => {
    const script = `
import boto3, json, sys, time
sfn = boto3.client("stepfunctions", endpoint_url=sys.argv[1])
arn = sfn.create_state_machine(name="boto-machine", definition=sys.argv[2], roleArn=sys.argv[3])["stateMachineArn"]
run = sfn.start_execution(stateMachineArn=arn, name="boto-run", input='{"b":2}')["executionArn"]
for _ in range(100):
    described = sfn.describe_execution(executionArn=run)
    if described["status"] != "RUNNING":
        break
    time.sleep(0.02)
events = sfn.get_execution_history(executionArn=run)["events"]
try:
    sfn.start_execution(stateMachineArn=arn, name="boto-run", input="{}")
    duplicate = None
except sfn.exceptions.ExecutionAlreadyExists as error:
    duplicate = error.response["Error"]["Code"]
print(json.dumps({
    "arn": arn,
    "status": described["status"],
    "output": described.get("output"),
    "types": [event["type"] for event in events],
    "duplicate": duplicate,
}))
`;
    const result = await exec("python3", ["-c", script, emulator.url, JSON.stringify(DEFINITION), ROLE]);
    expect(result.stderr.replace(/.*Warning.*\n?/g, "")).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      arn: "arn:aws:states:us-east-1:123456789012:stateMachine:boto-machine",
      status: "SUCCEEDED",
      output: '{"b":2,"first":"one"}',
      types: ["ExecutionStarted", "PassStateEntered", "PassStateExited", "SucceedStateEntered", "SucceedStateExited", "ExecutionSucceeded"],
      duplicate: "ExecutionAlreadyExists",
    });
  });
});
