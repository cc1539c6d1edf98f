// Runs the README's examples (files under examples/) as a user would: shell with the AWS CLI, TypeScript
// with SDK v3, Python with boto3, and the commands that start the emulator.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const REPO = path.resolve(__dirname, "..");
const EXAMPLES = __dirname;

/** The address the examples use; a run points it at the emulator the test started, on a free port. */
const README_ADDRESS = /http:\/\/(localhost|127\.0\.0\.1):8083/g;

/** Fake credentials, as the README tells users to set: the emulator accepts any. */
const CLIENT_ENV = {
  AWS_ACCESS_KEY_ID: "test",
  AWS_SECRET_ACCESS_KEY: "test",
  AWS_DEFAULT_REGION: "us-east-1",
  AWS_EC2_METADATA_DISABLED: "true",
  AWS_PAGER: "",
};

export interface ExampleOutput {
  stdout: string;
  stderr: string;
}

/** An example's path, from its path under examples/. */
export function examplePath(file: string): string {
  return path.join(EXAMPLES, file);
}

function exampleSource(file: string, url: string): string {
  return fs.readFileSync(examplePath(file), "utf8").replace(README_ADDRESS, url);
}

/** Runs a program with `input` on stdin; resolves with its output, rejects with it when it exits non-zero. */
function runProgram(command: string, args: readonly string[], cwd: string, input: string, env: NodeJS.ProcessEnv = {}): Promise<ExampleOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...CLIENT_ENV, ...env }, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.once("error", reject);
    child.once("close", (code) => {
      if (code === 0) resolve({ stdout, stderr });
      else reject(new Error(`${command} ${args.join(" ")} exited ${String(code)}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`));
    });
    child.stdin.end(input);
  });
}

/** A shell example, run by bash in its folder (so relative file names work), stopping at the first failing command. */
export function runShellExample(file: string, url: string): Promise<ExampleOutput> {
  return runProgram("bash", ["-euo", "pipefail", "-c", exampleSource(file, url)], path.dirname(examplePath(file)), "", { AWS_ENDPOINT_URL: url });
}

/** A Python example, run by python3 (with boto3) in its folder. */
export function runPythonExample(file: string, url: string): Promise<ExampleOutput> {
  return runProgram("python3", ["-"], path.dirname(examplePath(file)), exampleSource(file, url));
}

/**
 * A TypeScript example, compiled to CommonJS as ts-node would and run by node in its folder.
 * `import … from "sfn-emulator"` loads this repository's sources, as the installed package would its build.
 */
export function runTypeScriptExample(file: string, url: string): Promise<ExampleOutput> {
  const compiled = ts.transpileModule(exampleSource(file, url), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  }).outputText;
  const program = compiled.replace(/require\("sfn-emulator"\)/g, `require(${JSON.stringify(path.join(REPO, "emulator"))})`);
  const register = ["-r", "ts-node/register/transpile-only", "-"];
  return runProgram(process.execPath, register, path.dirname(examplePath(file)), program, { TS_NODE_PROJECT: path.join(REPO, "tsconfig.json") });
}

/** An emulator started by an example's command line. */
export interface StartedEmulator {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the emulator the way an example's one-line command does (`npx sfn-emulator <flags>` or
 * `npm start -- <flags>`), from the sources and in the example's folder, on a free port.
 */
export function startEmulatorAsIn(file: string): Promise<StartedEmulator> {
  // The example's `#` comment lines say what it does; the command is the one line left.
  const line = fs
    .readFileSync(examplePath(file), "utf8")
    .split("\n")
    .filter((text) => !text.startsWith("#"))
    .join("\n")
    .trim();
  const match = /^(?:npx sfn-emulator|npm start --)((?: [\w./=:-]+)*)$/.exec(line);
  if (match === null) throw new Error(`${file}: expected one line "npx sfn-emulator <flags>" or "npm start -- <flags>", got ${JSON.stringify(line)}`);
  const flags = (match[1] ?? "").trim().split(" ").filter((flag) => flag !== "");
  const entry = ["-r", "ts-node/register/transpile-only", path.join(REPO, "bin", "sfn-emulator.ts")];
  const child = spawn(process.execPath, [...entry, ...flags, "--port", "0", "--host", "127.0.0.1"], {
    cwd: path.dirname(examplePath(file)),
    env: { ...process.env, TS_NODE_PROJECT: path.join(REPO, "tsconfig.json") },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return listeningUrl(child).then((url) => ({
    url,
    stop: () => {
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      return exited;
    },
  }));
}

/** The URL from the emulator's start-up output, or a rejection with that output if it exits first. */
function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const read = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0];
      if (url !== undefined) resolve(url);
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("exit", (code) => reject(new Error(`the emulator exited ${String(code)} before listening:\n${output}`)));
  });
}
