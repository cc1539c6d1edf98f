/** The real CLI as a child process on a data directory, for tests that kill and restart it. */
import { spawn, type ChildProcess } from "node:child_process";
import { SFNClient } from "@aws-sdk/client-sfn";
import { CLI_ARGS, PROJECT_ROOT } from "./cli-command";

/** A spawned CLI with what it printed so far. */
export interface SpawnedCli {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stdout(): string;
  stderr(): string;
}

export interface CliProcess extends SpawnedCli {
  url: string;
}

/** Runs the CLI with `args`, in the environment of the test minus the emulator's own variables. */
export function spawnCli(args: readonly string[]): SpawnedCli {
  const env = { ...process.env };
  for (const name of ["PORT", "SFN_DATA_DIR", "WAIT_TIME_SCALE", "SFN_MOCK_CONFIG", "SFN_HANDLERS", "AWS_ACCOUNT_ID", "AWS_DEFAULT_REGION", "SFN_RETENTION_DAYS"]) {
    delete env[name];
  }
  const child = spawn(process.execPath, [...CLI_ARGS, ...args], { cwd: PROJECT_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, exited, stdout: () => stdout, stderr: () => stderr };
}

/** Starts the CLI on an ephemeral port on `dataDir`; resolves once it prints its listening line. */
export async function startCliProcess(dataDir: string, args: string[] = []): Promise<CliProcess> {
  const started = spawnCli(["--port", "0", "--data-dir", dataDir, "--log-level", "warn", ...args]);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line; stderr: ${started.stderr()}`)), 30_000);
    started.child.stdout?.on("data", () => {
      const match = /listening on (http:\/\/\S+)/.exec(started.stdout());
      if (!match) return;
      clearTimeout(timer);
      resolve(match[1] as string);
    });
    void started.exited.then(({ code }) => reject(new Error(`exited with ${code} before ready; stderr: ${started.stderr()}`)));
  });
  return { ...started, url };
}

/** Kills the process with SIGKILL (if it still runs) and waits for it to exit. */
export async function killCliProcess(cli: CliProcess): Promise<void> {
  if (cli.child.exitCode === null && cli.child.signalCode === null) cli.child.kill("SIGKILL");
  await cli.exited;
}

export function cliClient(url: string): SFNClient {
  return new SFNClient({ endpoint: url, region: "us-east-1", credentials: { accessKeyId: "x", secretAccessKey: "x" }, maxAttempts: 1 });
}
