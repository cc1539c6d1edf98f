/**
 * The data directory: missing levels are created, and an unusable one makes the CLI exit 1 with the reason.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CLI_ARGS } from "../testing/cli-command";
import { createEmulator } from "../index";

const ROOT = path.resolve(__dirname, "../..");

describe("the data directory", () => {
  it.each([
    ["/proc/sfn-emulator-test/data", /cannot use the data directory \/proc\/sfn-emulator-test\/data: ENOENT/],
    ["/etc/hostname", /cannot use the data directory \/etc\/hostname: (it exists and is not a directory|ENOTDIR)/],
  ])("refuses %s at once with a message naming it", async (dataDir, message) => {
    await expect(createEmulator({ port: 0, dataDir, logLevel: "silent" })).rejects.toThrow(message);
  });

  it("creates missing levels of a usable directory", async () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-data-dir-"));
    const dataDir = path.join(base, "a", "b");
    const emulator = await createEmulator({ port: 0, dataDir, logLevel: "silent" });
    await emulator.close();
    expect(fs.existsSync(path.join(dataDir, "sfn-emulator.sqlite"))).toBe(true);
    fs.rmSync(base, { recursive: true, force: true });
  });

  it("makes the CLI exit 1 with the reason on stderr", async () => {
    const child = spawn(process.execPath, [...CLI_ARGS, "--data-dir", "/proc/x", "--port", "0"], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, TS_NODE_TRANSPILE_ONLY: "true" },
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(1);
    expect(stderr).toContain("cannot use the data directory /proc/x");
  }, 60_000);
});
