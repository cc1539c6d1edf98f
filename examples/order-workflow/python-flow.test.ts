/** The order workflow example run from Python with boto3 and the `/_emulator` endpoints. */
import { execFile } from "node:child_process";
import * as path from "node:path";
import { promisify } from "node:util";
import { startEmulator, type RunningEmulator } from "sfn-emulator";

const run = promisify(execFile);

let emu: RunningEmulator;
beforeAll(async () => {
  // The same emulator `sfn-emulator --clock virtual --mock-config examples/order-workflow/mock-config.json` gives, with the warehouse queue handled locally.
  emu = await startEmulator({
    clock: "virtual",
    mockConfig: path.join(__dirname, "mock-config.json"),
    handlers: { "sqs:sendMessage": () => ({ MessageId: "msg-1" }) },
  });
});
afterAll(() => emu.stop());

test("the order workflow runs from Python with boto3 and the /_emulator endpoints", async () => {
  const { stdout } = await run("python3", [path.join(__dirname, "order_workflow.py")], { env: { ...process.env, SFN_ENDPOINT: emu.endpoint, AWS_EC2_METADATA_DISABLED: "true" } });
  expect(stdout).toContain("states never entered: ['Backordered', 'PaymentFailed']");
  expect(stdout).toContain("order shipped: TRK-1");
});
