/**
 * The in-process test kit behind `startEmulator`: its options, and the running emulator with a client
 * and test helpers it gives a test.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { SFNClient, type DescribeExecutionCommandOutput } from "@aws-sdk/client-sfn";
import type { Config } from "../config";
import type { LocalHandler } from "../integrations";
import type { ClockControl } from "../runtime/clock/clock-control";
import type { ClockMode } from "../runtime/clock/clock";
import type { CoverageReport } from "../runtime/coverage/coverage-report";
import type { HistoryListener } from "../runtime/history-listener";
import { ExpressRunRecorder } from "./express-run-recorder";
import { runExecution, type RunOptions, type RunResult } from "./run-execution";
import { waitForExecution } from "./wait-for-execution";

export interface StartEmulatorOptions {
  /** Keep nothing on disk (default true); false stores under `dataDir`. */
  inMemory?: boolean;
  dataDir?: string;
  /** `real` (default), `virtual` (moves on `clock.advance`) or `auto` (jumps to the next deadline when idle). */
  clock?: ClockMode;
  /** Where a virtual or auto clock starts; default: now. */
  clockStart?: Date | number | string;
  /** Makes execution names, States.UUID, $uuid(), States.MathRandom and $random() reproducible. */
  seed?: string | number;
  /** A Step Functions Local mock config: a file path, or the config itself. */
  mockConfig?: string | object;
  /** Local handlers: a handlers file path, or functions keyed by resource, function name or `<service>:<action>`. */
  handlers?: string | Readonly<Record<string, LocalHandler>>;
  region?: string;
  account?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default `warn`. */
  logLevel?: Config["logLevel"];
}

/** A started emulator and what a test does with it. */
export interface RunningEmulator {
  /** `http://127.0.0.1:<port>` */
  endpoint: string;
  /** An SFNClient for this emulator (host prefix disabled, no retries). */
  client: SFNClient;
  clock: ClockControl;
  /** Starts an execution and resolves once it has ended. */
  run(stateMachineArn: string, input?: unknown, options?: RunOptions): Promise<RunResult>;
  /** DescribeExecution's result once the execution has ended. */
  waitForExecution(executionArn: string, options?: { timeoutMs?: number }): Promise<DescribeExecutionCommandOutput>;
  /** Workflow coverage since start or the last reset. */
  coverage(): CoverageReport;
  /** Forgets every state machine, execution and coverage count; a virtual clock goes back to its start. */
  reset(): Promise<void>;
  stop(): Promise<void>;
}

/** What the kit needs of the composition root's emulator (index.ts's Emulator has it all). */
interface StartedEmulator {
  url: string;
  config: Config;
  clock: ClockControl;
  coverage(): CoverageReport;
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** The in-process parts the kit hands the composition root (index.ts's EmulatorParts). */
interface KitParts {
  handlers?: Readonly<Record<string, LocalHandler>>;
  clockStart?: number;
  historyListeners?: readonly HistoryListener[];
}

type CreateEmulator = (overrides: Partial<Config>, parts: KitParts) => Promise<StartedEmulator>;

/**
 * The in-process test kit: an emulator on a free port with a client for it. The composition root
 * passes its own factory, so this file stays below it.
 */
export async function startTestKit(options: StartEmulatorOptions, create: CreateEmulator): Promise<RunningEmulator> {
  let scratch: string | undefined;
  const overrides: Partial<Config> = {
    port: options.port ?? 0,
    inMemory: options.inMemory ?? true,
    clock: options.clock ?? "real",
    logLevel: options.logLevel ?? "warn",
  };
  if (options.dataDir !== undefined) overrides.dataDir = options.dataDir;
  if (options.seed !== undefined) overrides.seed = String(options.seed);
  if (options.region !== undefined) overrides.region = options.region;
  if (options.account !== undefined) overrides.account = options.account;
  if (typeof options.mockConfig === "string") overrides.mockConfigPath = options.mockConfig;
  else if (options.mockConfig !== undefined) {
    // The mock config is read (and re-read on change) from a file; an object is written to one.
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-emulator-"));
    overrides.mockConfigPath = path.join(scratch, "MockConfigFile.json");
    fs.writeFileSync(overrides.mockConfigPath, JSON.stringify(options.mockConfig));
  }
  if (typeof options.handlers === "string") overrides.handlersPath = options.handlers;
  // Hears Express executions for `run`, since no API returns their outcome or history.
  const recorder = new ExpressRunRecorder();
  const parts: KitParts = { historyListeners: [recorder] };
  if (typeof options.handlers === "object") parts.handlers = options.handlers;
  if (options.clockStart !== undefined) parts.clockStart = new Date(options.clockStart).getTime();
  const removeScratch = (): void => {
    if (scratch !== undefined) fs.rmSync(scratch, { recursive: true, force: true });
  };
  let emulator: StartedEmulator;
  try {
    emulator = await create(overrides, parts);
  } catch (error) {
    removeScratch();
    throw error;
  }
  const endpoint = emulator.url;
  const client = new SFNClient({
    endpoint,
    region: emulator.config.region,
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
    maxAttempts: 1,
    disableHostPrefix: true,
  });
  return {
    endpoint,
    client,
    clock: emulator.clock,
    run: (stateMachineArn, input = {}, runOptions = {}) => runExecution(endpoint, client, stateMachineArn, input, runOptions, recorder),
    waitForExecution: (executionArn, waitOptions = {}) => waitForExecution(endpoint, client, executionArn, waitOptions),
    coverage: () => emulator.coverage(),
    async reset() {
      await emulator.reset();
      recorder.abandon();
    },
    async stop() {
      client.destroy();
      await emulator.close();
      removeScratch();
    },
  };
}
