/**
 * The README's shell example of the `/_emulator` endpoints: the clock moved, an execution waited for,
 * coverage reported, reset.
 */
import { execFile } from "node:child_process";
import * as path from "node:path";
import { promisify } from "node:util";
import { startEmulator, type RunningEmulator } from "sfn-emulator";

const run = promisify(execFile);

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ clock: "virtual", clockStart: "2030-01-01T00:00:00Z" });
});
afterAll(() => emu.stop());

test("the /_emulator endpoints move the clock, wait for an execution, report coverage and reset, from a shell", async () => {
  const env = {
    ...process.env,
    SFN_ENDPOINT: emu.endpoint,
    AWS_ACCESS_KEY_ID: "test",
    AWS_SECRET_ACCESS_KEY: "test",
    AWS_DEFAULT_REGION: "us-east-1",
    AWS_PAGER: "",
    AWS_EC2_METADATA_DISABLED: "true",
  };
  const { stdout } = await run("bash", ["-e", path.join(__dirname, "emulator-endpoints.sh")], { env });
  expect(stdout).toContain('{"mode":"virtual","now":"2030-01-01T00:00:00.000Z","epochMillis":1893456000000}');
  expect(stdout).toContain('{"mode":"virtual","now":"2030-01-01T01:00:00.000Z","epochMillis":1893459600000}');
  expect(stdout).toMatch(/"status":"SUCCEEDED".*"stopDate":1893459600/);
  expect(stdout).toContain('"states":{"total":1,"covered":1,"ratio":1,"counts":{"Hour":1}}');
  expect(stdout).toContain('{"reset":true}');
});
