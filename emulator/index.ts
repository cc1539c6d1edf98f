/**
 * The package's entry (`require("sfn-emulator")`) and the composition root: startEmulator for tests in
 * another project, and createEmulator, which wires the store, runtime and API together and listens.
 */
import type { AddressInfo } from "node:net";
import { createServer, type Server } from "node:http";
import { answerClientErrors, createServerHandler } from "./api/server";
import { KmsDataKeys } from "./api/kms-data-keys";
import { DEFAULT_CONFIG, endpointFor, type Config } from "./config";
import { scopeOf } from "./shared/arn";
import type { TaskDispatcher } from "./integrations";
import { ActivityQueue } from "./integrations";
import { createDispatcherChain } from "./integrations";
import type { LocalHandler } from "./integrations";
import { createRuntimeClock, type ClockControl } from "./runtime/clock/clock-control";
import { CoverageCollector } from "./runtime/coverage/coverage-collector";
import type { CoverageReport } from "./runtime/coverage/coverage-report";
import { seededEntropy, systemEntropy } from "./runtime/entropy";
import { ExecutionManager } from "./runtime/execution-manager";
import type { HistoryListener } from "./runtime/history-listener";
import { createLogger } from "./runtime/logger";
import { createHistoryPrinter } from "./runtime/history-printer";
import { ProgressTracker } from "./runtime/progress-tracker";
import { writeCoverageReport } from "./runtime/coverage/write-coverage-report";
import { openSqliteStore } from "./store/sqlite/sqlite-store";
import type { Store } from "./store/store";
import { startRetention } from "./runtime/retention";
import { version } from "./version";
import type { RunningEmulator, StartEmulatorOptions } from "./testkit/start-emulator";

export type { RunningEmulator, StartEmulatorOptions } from "./testkit/start-emulator";
export type { RunOptions, RunResult } from "./testkit/run-execution";
export type { CoverageReport, StateMachineCoverage } from "./runtime/coverage/coverage-report";
export type { LocalHandler, LocalHandlerContext } from "./integrations";
export type { ClockControl } from "./runtime/clock/clock-control";
export { assertCoverage, CoverageError, type CoverageThresholds } from "./testkit/assert-coverage";

/** Starts an emulator in this process on a free port, with a client and test helpers (see README, "Testing your state machines"). */
export function startEmulator(options: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  // Loaded on first use: the test kit brings the SDK client, which the CLI never needs at start-up.
  return import("./testkit/start-emulator").then(({ startTestKit }) => startTestKit(options, createEmulator));
}

export type { Config } from "./config";

export interface Emulator {
  url: string;
  port: number;
  config: Config;
  /** The runtime's clock: read it, and move it when it is virtual or auto. */
  clock: ClockControl;
  /** Workflow coverage of every execution since start or the last reset. */
  coverage(): CoverageReport;
  /** Forgets every state machine, execution, activity and coverage count; a virtual clock goes back to its start. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export interface EmulatorParts {
  /** Serves Task states; tests pass their own. */
  dispatcher?: TaskDispatcher;
  /** Wraps the opened store; tests inject write failures with it. */
  wrapStore?: (store: Store) => Store;
  /** In-process local handlers keyed as in a handlers file (resource, function name, `<service>:<action>`). */
  handlers?: Readonly<Record<string, LocalHandler>>;
  /** Where a virtual or auto clock starts (epoch ms); default: now. */
  clockStart?: number;
  /** Told about history events after they commit, besides coverage. */
  historyListeners?: readonly HistoryListener[];
}

/** The composition root: picks the store, runtime and API, recovers running executions, listens. */
export async function createEmulator(overrides: Partial<Config> = {}, parts: EmulatorParts = {}): Promise<Emulator> {
  const config: Config = { ...DEFAULT_CONFIG, ...overrides };
  const logger = createLogger(config.logLevel);
  const progress = new ProgressTracker();
  const { clock, control: clockControl } = createRuntimeClock(config.clock, parts.clockStart ?? Date.now(), progress);
  const now = () => clock.now();
  const entropy = config.seed === undefined ? systemEntropy() : seededEntropy(config.seed);
  const coverage = new CoverageCollector();
  let selfUrl = "";
  const activities = new ActivityQueue();
  // Built first so a bad mock config or handlers file stops the start before anything is opened.
  const chain = parts.dispatcher
    ? undefined
    : createDispatcherChain({
        ...(config.mockConfigPath === undefined ? {} : { mockConfigPath: config.mockConfigPath }),
        ...(config.handlersPath === undefined ? {} : { handlersPath: config.handlersPath }),
        ...(config.connectionsPath === undefined ? {} : { connectionsPath: config.connectionsPath }),
        ...(parts.handlers === undefined ? {} : { handlerFunctions: parts.handlers }),
        endpoints: config.endpoints,
        region: config.region,
        selfUrl: () => selfUrl,
        log: logger,
        now,
        newId: () => entropy.uuid(),
        awaitOwnExecution: (executionArn): Promise<void> => executions.whenEnded(executionArn).then(() => undefined),
        activities,
      });
  const opened = openSqliteStore(config.inMemory ? undefined : config.dataDir);
  const store = parts.wrapStore ? parts.wrapStore(opened) : opened;
  const executions = new ExecutionManager({
    store,
    dispatcher: parts.dispatcher ?? (chain as NonNullable<typeof chain>),
    logger,
    clock,
    waitTimeScale: config.waitTimeScale,
    entropy,
    progress,
    compat: config.compat,
    historyListeners: [
      coverage,
      ...(config.logEvents ? [createHistoryPrinter(config.logFormat, (line) => process.stdout.write(line))] : []),
      ...(parts.historyListeners ?? []),
    ],
  });
  const recovered = executions.recover();
  if (recovered > 0) logger.info(`resuming ${recovered} running execution(s)`);
  const retention = startRetention({ store, now, logger, retentionDays: config.retentionDays });
  const kms = new KmsDataKeys(endpointFor(config.endpoints, "kms"), now);
  const reset = async (): Promise<void> => {
    await executions.reset();
    store.clear();
    activities.clear();
    chain?.reset();
    coverage.clear();
    entropy.restart();
    clockControl.rewind();
    kms.clear();
  };
  const control = { clock: clockControl, coverage: () => coverage.report(), reset };
  const handler = createServerHandler(
    {
      store,
      executions,
      activities,
      scope: scopeOf(config.region, config.account),
      kms,
      now,
      uuid: () => entropy.uuid(),
    },
    logger,
    version,
    control,
    { console: config.console, host: config.host, ...(config.consoleDir === undefined ? {} : { consoleDir: config.consoleDir }) },
  );
  const server: Server = await new Promise((resolve, reject) => {
    const listening = createServer(handler).listen(config.port, config.host, () => resolve(listening));
    listening.once("error", reject);
  });
  server.keepAliveTimeout = 65_000;
  answerClientErrors(server);
  const port = (server.address() as AddressInfo).port;
  const host = config.host === "0.0.0.0" || config.host === "::" ? "127.0.0.1" : config.host;
  selfUrl = `http://${host}:${port}`;
  return {
    url: selfUrl,
    port,
    config: { ...config, port },
    ...control,
    async close() {
      if (config.coverageReportPath !== undefined) writeCoverageReport(config.coverageReportPath, coverage.report(), logger);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      activities.close();
      retention.stop();
      await executions.close();
      chain?.close();
      store.close();
    },
  };
}
