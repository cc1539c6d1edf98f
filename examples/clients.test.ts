// The README's client examples (AWS CLI, SDK v3, boto3, TestState), each run against an emulator started here.
import type { Emulator } from "../emulator";
import { useTestEmulator } from "../emulator/testing/test-emulator";
import { runPythonExample, runShellExample, runTypeScriptExample } from "./run-example";

let emulator: Emulator;
useTestEmulator({}, (started) => {
  emulator = started.emulator;
});

describe("README client examples", () => {
  it("clients/hello-cli.sh creates, runs and reads a machine with the AWS CLI", async () => {
    const { stdout } = await runShellExample("clients/hello-cli.sh", emulator.url);
    expect(stdout).toContain('"status": "SUCCEEDED"');
    expect(stdout).toContain('"output": "\\"hello\\""');
    expect(stdout).toContain('"ExecutionSucceeded"');
  });

  it("clients/start-execution.ts creates a machine and runs it with SDK v3", async () => {
    const { stdout } = await runTypeScriptExample("clients/start-execution.ts", emulator.url);
    expect(stdout.trim()).toBe('SUCCEEDED {"sum":3}');
  });

  it("clients/start_sync_execution.py runs an Express machine synchronously with boto3", async () => {
    const { stdout } = await runPythonExample("clients/start_sync_execution.py", emulator.url);
    expect(stdout.trim()).toBe('SUCCEEDED {"greeting":"hello world"}');
  });

  it("clients/test-state.ts tests one state with TestState", async () => {
    const { stdout } = await runTypeScriptExample("clients/test-state.ts", emulator.url);
    expect(stdout.trim()).toBe('SUCCEEDED {"sum": 3} {"sum": 3}');
  });
});

describe("README library example", () => {
  it("library/in-process.ts starts an emulator in its own process with createEmulator", async () => {
    const { stdout } = await runTypeScriptExample("library/in-process.ts", "unused");
    expect(stdout.trim()).toMatch(/^http:\/\/127\.0\.0\.1:\d+ has 0 state machines$/);
  });
});
