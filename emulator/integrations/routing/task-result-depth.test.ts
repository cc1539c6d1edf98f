/**
 * Task results nested too deep fail the task with States.DataLimitExceeded before the interpreter
 * walks them; others pass through.
 */
import { SFNClient, StartExecutionCommand } from "@aws-sdk/client-sfn";
import { createEmulator, type Emulator } from "../..";
import { createMachine, settledExecution } from "../../testing/test-emulator";

let emulator: Emulator;
let sfn: SFNClient;

function deepValue(depth: number): unknown {
  let value: unknown = 0;
  for (let level = 0; level < depth; level += 1) value = { a: value };
  return value;
}

beforeAll(async () => {
  emulator = await createEmulator(
    { port: 0, inMemory: true, logLevel: "silent" },
    { handlers: { deep: (input) => deepValue(typeof input === "number" ? input : 0) } },
  );
  sfn = new SFNClient({ endpoint: emulator.url, region: "us-east-1", credentials: { accessKeyId: "t", secretAccessKey: "t" }, maxAttempts: 1 });
});

afterAll(async () => {
  sfn.destroy();
  await emulator.close();
});

describe("task results nested too deep", () => {
  it("fail the task with States.DataLimitExceeded before the interpreter walks them", async () => {
    const arn = await createMachine(sfn, { StartAt: "T", States: { T: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:deep", End: true } } });
    const started = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn, input: "1500" }));
    const ended = await settledExecution(sfn, started.executionArn as string);
    expect(ended).toMatchObject({ status: "FAILED", error: "States.DataLimitExceeded" });
    expect(ended.cause).toMatch(/nested more than 1000 levels deep/);
  });

  it("pass through when within the limit", async () => {
    const arn = await createMachine(sfn, { StartAt: "T", States: { T: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:deep", End: true } } });
    const started = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn, input: "900" }));
    expect((await settledExecution(sfn, started.executionArn as string)).status).toBe("SUCCEEDED");
  });
});
