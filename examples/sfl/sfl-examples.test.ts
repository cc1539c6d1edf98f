/**
 * Runs the README's "Migrating from Step Functions Local" examples as a user would: the start
 * script with `sfn-emulator` on PATH, the TypeScript test-case runner, and the reset call.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CLI_ENTRY } from "../../emulator/testing/cli-command";
import { promisify } from "node:util";
import { ListStateMachinesCommand, SFNClient } from "@aws-sdk/client-sfn";

const ROOT = path.resolve(__dirname, "../..");
const HERE = __dirname;
const TS_NODE = require.resolve("ts-node/register/transpile-only");
const run = promisify(execFile);

describe("the Step Functions Local migration examples", () => {
  let dir: string;
  let server: ChildProcess;
  let stdout = "";
  let endpoint: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-sfl-examples-"));
    fs.copyFileSync(path.join(HERE, "MockConfigFile.json"), path.join(dir, "MockConfigFile.json"));
    // `sfn-emulator` as an installed package provides it, here run from the sources.
    const bin = path.join(dir, "bin");
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(bin, "sfn-emulator"), `#!/bin/sh\nexec "${process.execPath}" "${CLI_ENTRY}" "$@"\n`, { mode: 0o755 });
    server = spawn("sh", [path.join(HERE, "start-like-stepfunctions-local.sh")], {
      cwd: dir,
      // PORT=0: the example keeps Step Functions Local's port, 8083, unless told otherwise.
      env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ""}`, PORT: "0", TS_NODE_PROJECT: path.join(ROOT, "tsconfig.json") },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    server.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    const port = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start line: ${stdout}`)), 30_000);
      server.stdout?.on("data", () => {
        const match = /: Starting server on port (\d+) with account 123456789012, region us-east-1$/m.exec(stdout);
        if (!match) return;
        clearTimeout(timer);
        resolve(match[1] as string);
      });
      server.once("exit", (code) => reject(new Error(`exited with ${code}`)));
    });
    endpoint = `http://127.0.0.1:${port}`;
  }, 40_000);

  afterAll(() => {
    // The shell and the emulator it started are one process group, started here.
    if (server?.pid !== undefined) process.kill(-server.pid, "SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("start-like-stepfunctions-local.sh starts with the jar's flags, in its mode, printing its start line", () => {
    expect(stdout).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}: Starting server on port \d+ with account 123456789012, region us-east-1$/m);
    expect(fs.readdirSync(dir).sort()).toEqual(["MockConfigFile.json", "bin"]);
  });

  it("run-test-case.ts runs HappyPath and prints the mocked SQS Return as the output, with the events on the server's stdout", async () => {
    const { stdout: printed } = await run(process.execPath, ["-r", TS_NODE, path.join(HERE, "run-test-case.ts")], {
      env: { ...process.env, SFN_ENDPOINT: endpoint, TS_NODE_PROJECT: path.join(ROOT, "tsconfig.json") },
    });
    expect(printed).toBe('SUCCEEDED {"MD5OfMessageBody":"3bcb6e8e-7h85-4375-b0bc-1a59812c6e51","MessageId":"3bcb6e8e-8b51-4375-b0bc-1a59812c6e51"}\n');
    expect(stdout).toMatch(/: arn:aws:states:us-east-1:123456789012:execution:LambdaSQSIntegration:\S+ : \{"Type":"ExecutionSucceeded","PreviousEventId":\d+,/);
  }, 40_000);

  it("reset.sh wipes the state machines without a restart", async () => {
    const { stdout: printed } = await run("sh", [path.join(HERE, "reset.sh")], { env: { ...process.env, SFN_ENDPOINT: endpoint } });
    expect(JSON.parse(printed)).toEqual({ reset: true });
    const sfn = new SFNClient({ endpoint, region: "us-east-1", credentials: { accessKeyId: "t", secretAccessKey: "t" } });
    expect((await sfn.send(new ListStateMachinesCommand({}))).stateMachines).toEqual([]);
    sfn.destroy();
  });
});

describe("the README's Step Functions Local examples", () => {
  it("show each example file byte for byte after its marker", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const marked = [...readme.matchAll(/<!-- example: (examples\/sfl\/[^ ]+) -->\n```\w+\n([\s\S]*?)```\n/g)];
    expect(marked.map((match) => match[1]).sort()).toEqual(
      ["examples/sfl/MockConfigFile.json", "examples/sfl/reset.sh", "examples/sfl/run-test-case.ts", "examples/sfl/start-like-stepfunctions-local.sh"],
    );
    for (const [, file, content] of marked) expect(content).toBe(fs.readFileSync(path.join(ROOT, file as string), "utf8"));
  });
});
