// The README's DelaySeconds example: mock-delay/start-emulator.sh starts an auto-clock emulator with
// mock-delay/MockConfigFile.json, and payments.sh runs one test case that times out and one that answers in time.
import { runShellExample, startEmulatorAsIn, type StartedEmulator } from "./run-example";

describe("mock-delay example", () => {
  let started: StartedEmulator | undefined;
  beforeAll(async () => {
    started = await startEmulatorAsIn("mock-delay/start-emulator.sh");
  });
  afterAll(async () => {
    await started?.stop();
  });

  it("mock-delay/payments.sh: a five-minute answer loses to TimeoutSeconds 60 and is caught, a twenty-second one wins", async () => {
    if (started === undefined) throw new Error("the emulator did not start");
    const { stdout } = await runShellExample("mock-delay/payments.sh", started.url);
    const lines = stdout.trim().split("\n").slice(-4);
    expect(lines[0]).toBe('{"order":7,"error":{"Error":"States.Timeout"}}');
    expect(lines[1]?.split("\t")).toEqual([
      "ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskTimedOut", "TaskStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded",
    ]);
    expect(lines[2]).toBe('{"charged":42}');
    expect(lines[3]?.split("\t")).toEqual(["ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded"]);
  });
});
