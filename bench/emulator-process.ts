/** The emulator as a child process for benchmarks (through ts-node or compiled), and a sampler of its RSS. */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const REPO_ROOT = path.resolve(__dirname, "..");

/** How to launch the emulator: the CLI through ts-node (as `npm start`) or compiled JavaScript. */
export type Launch = { kind: "ts-node" } | { kind: "compiled"; entry: string };

export interface EmulatorProcessOptions {
  launch: Launch;
  /** Extra `node` flags, such as `--cpu-prof`. */
  nodeFlags?: string[];
  /** Extra CLI arguments. */
  args?: string[];
  readyTimeoutMs?: number;
  /** A data directory prepared beforehand (it is removed on stop); a fresh one otherwise. */
  dataDir?: string;
}

export interface MemoryStatus {
  /** Resident set size now, in bytes. */
  rss: number;
  /** Peak resident set size since the process started, in bytes. */
  hwm: number;
}

/** The emulator CLI running as a child process on a temporary data directory, fresh unless one is given. */
export class EmulatorProcess {
  url = "";
  /** Milliseconds from spawn to the "listening" line. */
  readyAfterMs = 0;
  private stderr = "";
  private exited = false;

  private constructor(
    readonly child: ChildProcess,
    readonly dataDir: string,
    readonly spawnedAt: number,
  ) {
    child.once("exit", () => {
      this.exited = true;
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString("utf8")).slice(-4000);
    });
  }

  static async start(options: EmulatorProcessOptions): Promise<EmulatorProcess> {
    const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "sfn-bench-"));
    const cli = ["--port", "0", "--host", "127.0.0.1", "--data-dir", dataDir, "--log-level", "warn", ...(options.args ?? [])];
    const entry =
      options.launch.kind === "ts-node"
        ? ["-r", "ts-node/register/transpile-only", path.join(REPO_ROOT, "bin", "sfn-emulator.ts")]
        : [options.launch.entry];
    const spawnedAt = performance.now();
    const child = spawn(process.execPath, [...(options.nodeFlags ?? []), ...entry, ...cli], {
      cwd: REPO_ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, TS_NODE_TRANSPILE_ONLY: "true" },
    });
    const emulator = new EmulatorProcess(child, dataDir, spawnedAt);
    await emulator.waitUntilListening(options.readyTimeoutMs ?? 30_000);
    return emulator;
  }

  get pid(): number {
    const pid = this.child.pid;
    if (pid === undefined) throw new Error("the emulator process has no pid");
    return pid;
  }

  /** Reads VmRSS and VmHWM from /proc, which count the whole process, native SQLite memory included. */
  memory(): MemoryStatus {
    const status = fs.readFileSync(`/proc/${this.pid}/status`, "utf8");
    const field = (name: string): number => {
      const match = new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status);
      return match?.[1] === undefined ? 0 : Number(match[1]) * 1024;
    };
    return { rss: field("VmRSS"), hwm: field("VmHWM") };
  }

  /** Kills the emulator with SIGKILL, as a crash would, and keeps its data for a restart. */
  async kill(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
    this.child.kill("SIGKILL");
    await exited;
  }

  /**
   * CPU time the process has used so far (user + system), from /proc/<pid>/stat in clock ticks
   * of 10 ms: unlike wall time, other work on a shared machine barely moves it.
   */
  cpuTimeMs(): number {
    const fields = fs.readFileSync(`/proc/${this.pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    // After the command name: utime and stime are fields 14 and 15 of the whole line, so 12 and 13 here.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  }

  /** Stops the emulator with SIGTERM (so a CPU profile gets written), then removes its data. */
  async stop(timeoutMs = 20_000): Promise<void> {
    if (!this.exited) {
      const exited = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
      this.child.kill("SIGTERM");
      const timer = setTimeout(() => this.child.kill("SIGKILL"), timeoutMs);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }

  private waitUntilListening(timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      let stdout = "";
      const timer = setTimeout(() => {
        this.child.kill("SIGKILL");
        reject(new Error(`the emulator did not print its listening line within ${timeoutMs} ms\n${this.stderr}`));
      }, timeoutMs);
      this.child.stdout?.on("data", (chunk: Buffer) => {
        stdout += chunk.toString("utf8");
        const match = /listening on (http:\/\/\S+)/.exec(stdout);
        if (match?.[1] !== undefined && this.url === "") {
          this.url = match[1];
          this.readyAfterMs = performance.now() - this.spawnedAt;
          clearTimeout(timer);
          resolve();
        }
      });
      this.child.once("exit", (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`the emulator exited (${code ?? signal}) before listening\n${this.stderr}`));
      });
    });
  }
}

/** Samples a process's RSS every few milliseconds, keeping the largest value seen. */
export class RssSampler {
  peak = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly emulator: EmulatorProcess,
    intervalMs = 50,
  ) {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.sample();
  }

  sample(): void {
    try {
      this.peak = Math.max(this.peak, this.emulator.memory().rss);
    } catch {
      // The process may have exited between samples; the last peak stands.
    }
  }

  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return this.peak;
  }
}
