/** The README's /health example: the live counts, all zero on an idle emulator. */
import { execFile } from "node:child_process";
import path from "node:path";
import { createEmulator, type Emulator } from "../../emulator/index";

const EXAMPLE = path.join(__dirname, "health.sh");

let emulator: Emulator;
beforeAll(async () => {
  emulator = await createEmulator({ port: 0, inMemory: true, logLevel: "silent" });
});
afterAll(async () => {
  await emulator.close();
});

it("runs the README's /health example: the live counts, all zero on an idle emulator", async () => {
  const stdout = await new Promise<string>((resolve, reject) => {
    const env = { PATH: process.env.PATH ?? "", SFN_ENDPOINT: emulator.url };
    execFile("sh", [EXAMPLE], { env, timeout: 30_000 }, (error, out, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(out)));
  });
  expect(JSON.parse(stdout)).toMatchObject({ status: "ok", runningExecutions: 0, armedTimers: 0, pendingTasks: 0, queuedActivityTasks: 0 });
});
