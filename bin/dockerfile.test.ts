// What of the Dockerfile can run without Docker: its health check command, against a started emulator.
import { execFile } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import type { Emulator } from "../emulator";
import { useTestEmulator } from "../emulator/testing/test-emulator";

const run = promisify(execFile);
const DOCKERFILE = fs.readFileSync(path.resolve(__dirname, "..", "Dockerfile"), "utf8");

/** The HEALTHCHECK's exec-form command, a JSON array after `CMD` (continued lines joined). */
function healthCheckCommand(): string[] {
  const instruction = /^HEALTHCHECK\b.*$/m.exec(DOCKERFILE.replace(/\\\n/g, " "))?.[0];
  const json = instruction === undefined ? undefined : /\bCMD\s+(\[.*\])\s*$/.exec(instruction)?.[1];
  if (json === undefined) throw new Error("the Dockerfile has no exec-form HEALTHCHECK");
  return JSON.parse(json) as string[];
}

function exitCode(command: string[], port: number): Promise<number> {
  const [program = "", ...args] = command;
  return run(program === "node" ? process.execPath : program, args, { env: { ...process.env, PORT: String(port) } }).then(
    () => 0,
    (error: { code?: number }) => error.code ?? -1,
  );
}

describe("the Dockerfile's health check", () => {
  let emulator: Emulator;
  useTestEmulator({}, (started) => {
    emulator = started.emulator;
  });

  it("uses node, which the slim image has, rather than curl", () => {
    expect(healthCheckCommand()[0]).toBe("node");
  });

  it("passes against a running emulator on PORT", async () => {
    expect(await exitCode(healthCheckCommand(), emulator.port)).toBe(0);
  });

  it("fails when nothing answers on PORT", async () => {
    const closed = await new Promise<number>((resolve) => {
      const server = net.createServer();
      server.listen(0, "127.0.0.1", () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      });
    });
    expect(await exitCode(healthCheckCommand(), closed)).toBe(1);
  });
});
