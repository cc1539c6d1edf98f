/**
 * The flows of Step Functions Local's own sample suites, against the real CLI: start it as a
 * Testcontainers suite does (wait for SFL's start line on stdout), then run the mock config test
 * cases of AWS's LambdaSQSIntegration sample and read the event log it prints.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { createServer } from "node:net";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CLI_ARGS } from "../emulator/testing/cli-command";
import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  GetExecutionHistoryCommand,
  SFNClient,
  StartExecutionCommand,
  type HistoryEvent,
} from "@aws-sdk/client-sfn";
import { FakeAwsJsonServer } from "../emulator/integrations/testing/fake-aws-json-server";

const ROOT = path.resolve(__dirname, "..");
const START_LINE = /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}): Starting server on port (\d+) with account (\d{12}), region ([a-z0-9-]+)$/m;

// AWS's LambdaSQSIntegration sample, with its retry interval shortened so RetryPath takes 3 s, not 14.
const LAMBDA_SQS_INTEGRATION = {
  Comment: "This state machine is called: LambdaSQSIntegration",
  StartAt: "LambdaState",
  States: {
    LambdaState: {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke",
      Parameters: { "Payload.$": "$", FunctionName: "HelloWorldFunction" },
      Retry: [{ ErrorEquals: ["States.ALL"], IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 1 }],
      Next: "SQSState",
    },
    SQSState: {
      Type: "Task",
      Resource: "arn:aws:states:::sqs:sendMessage",
      Parameters: { QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/myQueue", "MessageBody.$": "$" },
      End: true,
    },
  },
};

const LAMBDA_SUCCESS = { StatusCode: 200, Payload: { StatusCode: 200, body: "Hello from Lambda!" } };
const SQS_SUCCESS = { MD5OfMessageBody: "3bcb6e8e-7h85-4375-b0bc-1a59812c6e51", MessageId: "3bcb6e8e-8b51-4375-b0bc-1a59812c6e51" };
const MOCK_CONFIG = {
  StateMachines: {
    LambdaSQSIntegration: {
      TestCases: {
        HappyPath: { LambdaState: "MockedLambdaSuccess", SQSState: "MockedSQSSuccess" },
        RetryPath: { LambdaState: "MockedLambdaRetry", SQSState: "MockedSQSSuccess" },
        HybridPath: { LambdaState: "MockedLambdaSuccess" },
      },
    },
  },
  MockedResponses: {
    MockedLambdaSuccess: { "0": { Return: LAMBDA_SUCCESS } },
    LambdaMockedResourceNotReady: { "0": { Throw: { Error: "Lambda.ResourceNotReadyException", Cause: "Lambda resource is not ready." } } },
    MockedSQSSuccess: { "0": { Return: SQS_SUCCESS } },
    MockedLambdaRetry: {
      "0": { Throw: { Error: "Lambda.ResourceNotReadyException", Cause: "Lambda resource is not ready." } },
      "1-2": { Throw: { Error: "Lambda.TimeoutException", Cause: "Lambda timed out." } },
      "3": { Return: LAMBDA_SUCCESS },
    },
  },
};

/** The test process's environment without anything that would change the emulator's behaviour. */
function cleanEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TS_NODE_PROJECT: path.join(ROOT, "tsconfig.json") };
  for (const name of Object.keys(env)) {
    if (/^(PORT|SFN_|WAIT_TIME_SCALE|AWS_ACCOUNT_ID|AWS_DEFAULT_REGION|AWS_ENDPOINT_URL|[A-Z_]+_ENDPOINT$)/.test(name)) delete env[name];
  }
  return { ...env, AWS_ACCESS_KEY_ID: "test", AWS_SECRET_ACCESS_KEY: "test", ...extra };
}

interface Cli {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function runCli(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Cli {
  const child = spawn(process.execPath, [...CLI_ARGS, ...args], { cwd: options.cwd, env: cleanEnv(options.env ?? {}), stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** What a Testcontainers wait strategy does: read the container's stdout until the log line shows. */
function waitForLogLine(cli: Cli, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no line ${pattern}; stdout: ${cli.stdout()} stderr: ${cli.stderr()}`)), 30_000);
    const check = () => {
      const match = pattern.exec(cli.stdout());
      if (!match) return;
      clearTimeout(timer);
      resolve(match);
    };
    cli.child.stdout?.on("data", check);
    void cli.exited.then((code) => reject(new Error(`exited with ${code}; stderr: ${cli.stderr()}`)));
    check();
  });
}

async function settled(sfn: SFNClient, executionArn: string) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const execution = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    if (execution.status !== "RUNNING") return execution;
    if (Date.now() > deadline) throw new Error(`${executionArn} still running`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("a Testcontainers-style start in Step Functions Local mode, with AWS's LambdaSQSIntegration mock config", () => {
  let dir: string;
  let sqs: FakeAwsJsonServer;
  let cli: Cli;
  let start: RegExpExecArray;
  let sfn: SFNClient;
  let machineArn: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-sfl-"));
    fs.writeFileSync(path.join(dir, "MockConfigFile.json"), JSON.stringify(MOCK_CONFIG));
    // The SDK checks the MD5 of the body it sent, as it would against SQS.
    const md5 = (text: unknown) => createHash("md5").update(String(text)).digest("hex");
    sqs = new FakeAwsJsonServer("AmazonSQS", { SendMessage: (input) => ({ output: { MD5OfMessageBody: md5(input["MessageBody"]), MessageId: "real-message" } }) });
    const sqsUrl = await sqs.start();
    cli = runCli(["-account", "123456789012", "-region", "us-east-1", "-sqsEndpoint", sqsUrl, "--port=0"], {
      cwd: dir,
      env: { SFN_COMPAT: "stepfunctions-local", SFN_MOCK_CONFIG: path.join(dir, "MockConfigFile.json") },
    });
    start = await waitForLogLine(cli, START_LINE);
    sfn = new SFNClient({ endpoint: `http://127.0.0.1:${start[2]}`, region: "us-east-1", credentials: { accessKeyId: "t", secretAccessKey: "t" }, maxAttempts: 1 });
    const created = await sfn.send(
      new CreateStateMachineCommand({
        name: "LambdaSQSIntegration",
        definition: JSON.stringify(LAMBDA_SQS_INTEGRATION),
        roleArn: "arn:aws:iam::123456789012:role/DummyRole",
      }),
    );
    machineArn = created.stateMachineArn as string;
  }, 40_000);

  afterAll(async () => {
    sfn?.destroy();
    cli?.child.kill("SIGTERM");
    await cli?.exited;
    await sqs?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function run(testCase: string, name?: string) {
    const started = await sfn.send(new StartExecutionCommand({ stateMachineArn: `${machineArn}#${testCase}`, input: "{}", ...(name ? { name } : {}) }));
    const execution = await settled(sfn, started.executionArn as string);
    const history = await sfn.send(new GetExecutionHistoryCommand({ executionArn: started.executionArn, maxResults: 1000 }));
    return { execution, events: history.events ?? [] };
  }

  it("prints Step Functions Local's start line, with its timestamp, once the port answers", async () => {
    expect(start[3]).toBe("123456789012");
    expect(start[4]).toBe("us-east-1");
    // The line is printed after listen() resolved, so a request sent on seeing it is answered.
    const health = await fetch(`http://127.0.0.1:${start[2]}/health`);
    expect(health.status).toBe(200);
  });

  it("HappyPath: the output is the mocked SQS Return exactly as written", async () => {
    const { execution, events } = await run("HappyPath");
    expect(execution.status).toBe("SUCCEEDED");
    expect(JSON.parse(execution.output ?? "null")).toEqual(SQS_SUCCESS);
    const lambda = events.find((event) => event.type === "TaskSucceeded");
    expect(JSON.parse(lambda?.taskSucceededEventDetails?.output ?? "null")).toEqual(LAMBDA_SUCCESS);
  });

  it("RetryPath: three mocked failures with error and cause only, then the mocked Returns", async () => {
    const { execution, events } = await run("RetryPath");
    expect(JSON.parse(execution.output ?? "null")).toEqual(SQS_SUCCESS);
    expect(events.filter((event) => event.type === "TaskFailed").map((event) => event.taskFailedEventDetails)).toEqual([
      { error: "Lambda.ResourceNotReadyException", cause: "Lambda resource is not ready." },
      { error: "Lambda.TimeoutException", cause: "Lambda timed out." },
      { error: "Lambda.TimeoutException", cause: "Lambda timed out." },
    ]);
    const lambda = events.filter((event) => event.type === "TaskSucceeded")[0];
    expect(JSON.parse(lambda?.taskSucceededEventDetails?.output ?? "null")).toEqual(LAMBDA_SUCCESS);
  }, 20_000);

  it("HybridPath: the state the test case leaves out calls the -sqsEndpoint service", async () => {
    const { execution, events } = await run("HybridPath");
    expect(events.at(-1)?.type).toBe("ExecutionSucceeded");
    expect(JSON.parse(execution.output ?? "null")).toMatchObject({ MessageId: "real-message" });
    expect(sqs.inputsOf("SendMessage").at(-1)).toEqual({
      QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/myQueue",
      MessageBody: JSON.stringify(LAMBDA_SUCCESS),
    });
  });

  it("prints every history event on stdout in Step Functions Local's line format", async () => {
    const { execution, events } = await run("HappyPath");
    const arn = execution.executionArn as string;
    const lines = cli.stdout().split("\n").filter((line) => line.includes(`: ${arn} : `));
    expect(lines).toHaveLength(events.length);
    const line = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}: (\S+) : (\{.*\})$/;
    expect(lines.map((text) => JSON.parse(line.exec(text)?.[2] ?? "null"))).toEqual(
      events.map((event) => expect.objectContaining({ Type: event.type, PreviousEventId: event.previousEventId })),
    );
    expect(lines[0]).toContain(`{"Type":"ExecutionStarted","PreviousEventId":0,"ExecutionStartedEventDetails":{"Input":"{}","RoleArn":"arn:aws:iam::123456789012:role/DummyRole"}}`);
  });

  it("keeps nothing on disk, and starts clean on POST /_emulator/reset so fixed execution names run again", async () => {
    expect(fs.readdirSync(dir)).toEqual(["MockConfigFile.json"]);
    const first = await run("HappyPath", "fixed-name");
    expect(first.execution.status).toBe("SUCCEEDED");
    const reset = await fetch(`http://127.0.0.1:${start[2]}/_emulator/reset`, { method: "POST" });
    expect(reset.status).toBe(200);
    await sfn.send(new CreateStateMachineCommand({ name: "LambdaSQSIntegration", definition: JSON.stringify(LAMBDA_SQS_INTEGRATION), roleArn: "arn:aws:iam::123456789012:role/DummyRole" }));
    const again = await run("HappyPath", "fixed-name");
    expect(again.execution.status).toBe("SUCCEEDED");
    expect(again.events.map((event: HistoryEvent) => event.id)).toEqual(first.events.map((event: HistoryEvent) => event.id));
  });
});

// -v, --help and usage errors are checked in process (cli.test.ts); these need the real process.
describe("the CLI's exit codes", () => {
  it("exits 2 on a flag it does not know, naming it", async () => {
    const cli = runCli(["-lambdaEndpoitn", "http://x"], { cwd: ROOT });
    expect(await cli.exited).toBe(2);
    expect(cli.stderr()).toContain("unknown option '-lambdaEndpoitn'");
  });

  it("exits 1 when it cannot listen", async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", () => resolve()));
    const port = (busy.address() as { port: number }).port;
    try {
      const cli = runCli(["--in-memory", `--port=${port}`], { cwd: ROOT });
      expect(await cli.exited).toBe(1);
      expect(cli.stderr()).toContain("could not start");
    } finally {
      busy.close();
    }
  });
});
