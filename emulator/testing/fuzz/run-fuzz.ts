/**
 * `npm run fuzz`: starts the emulator CLI on an ephemeral loopback port (in memory), fuzzes its
 * API class by class, prints the per-class report, and exits 1 when anything answered 5xx, hung,
 * dropped the connection, answered outside AWS's shape, or the emulator died.
 *   npm run fuzz -- [--per-class N] [--seed N] [--deadline-seconds N]
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { formatReport, isClean, runFuzz } from "./fuzz-runner";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} needs a positive number`);
  return value;
}

async function main(): Promise<void> {
  const perClass = option("--per-class", 150);
  const seed = option("--seed", Date.now() % 1_000_000);
  const deadlineMs = option("--deadline-seconds", 240) * 1000;
  const root = path.resolve(__dirname, "../../..");
  const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", path.join(root, "bin/sfn-emulator.ts"), "--port", "0", "--host", "127.0.0.1", "--in-memory", "--log-level", "error"], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, TS_NODE_TRANSPILE_ONLY: "true" },
  });
  let exited = false;
  child.once("exit", () => (exited = true));
  const url = await new Promise<string>((resolve, reject) => {
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => {
      text += chunk.toString("utf8");
      const match = /listening on (http:\/\/\S+)/.exec(text);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`the emulator exited (${code}) before listening`)));
  });
  process.stdout.write(`fuzzing ${url}: ${perClass} requests per class, seed ${seed}\n`);
  const report = await runFuzz({ url, perClass, seed, deadlineMs, requestTimeoutMs: 15_000, alive: () => !exited });
  child.kill("SIGTERM");
  process.stdout.write(`${formatReport(report)}\n`);
  process.exit(isClean(report) ? 0 : 1);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
