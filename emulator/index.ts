import type { AddressInfo } from "node:net";
import { createServer, type Server } from "node:http";
import { answerClientErrors, createServerHandler } from "./api/server";
import { DEFAULT_CONFIG, type Config } from "./config";
import type { TaskDispatcher } from "./integrations/task-dispatcher";
import { ActivityQueue } from "./integrations/activity-queue";
import { createDispatcherChain } from "./integrations/dispatcher-chain";
import { ExecutionManager } from "./runtime/execution-manager";
import { createLogger } from "./runtime/logger";
import { openSqliteStore } from "./store/sqlite/sqlite-store";
import { version } from "./version";

export interface Emulator {
  url: string;
  port: number;
  config: Config;
  close(): Promise<void>;
}

export interface EmulatorParts {
  /** Serves Task states; tests pass their own. */
  dispatcher?: TaskDispatcher;
}

/** The composition root: picks the store, runtime and API, recovers running executions, listens. */
export async function createEmulator(overrides: Partial<Config> = {}, parts: EmulatorParts = {}): Promise<Emulator> {
  const config: Config = { ...DEFAULT_CONFIG, ...overrides };
  const logger = createLogger(config.logLevel);
  const now = () => Date.now();
  let selfUrl = "";
  const activities = new ActivityQueue();
  // Built first so a bad mock config or handlers file stops the start before anything is opened.
  const chain = parts.dispatcher
    ? undefined
    : createDispatcherChain({
        ...(config.mockConfigPath === undefined ? {} : { mockConfigPath: config.mockConfigPath }),
        ...(config.handlersPath === undefined ? {} : { handlersPath: config.handlersPath }),
        ...(config.connectionsPath === undefined ? {} : { connectionsPath: config.connectionsPath }),
        endpoints: config.endpoints,
        region: config.region,
        selfUrl: () => selfUrl,
        log: logger,
        now,
        activities,
      });
  const store = openSqliteStore(config.inMemory ? undefined : config.dataDir);
  const executions = new ExecutionManager({
    store,
    dispatcher: parts.dispatcher ?? (chain as NonNullable<typeof chain>),
    logger,
    now,
    waitTimeScale: config.waitTimeScale,
  });
  const recovered = executions.recover();
  if (recovered > 0) logger.info(`resumed ${recovered} running execution(s)`);
  const handler = createServerHandler(
    { store, executions, activities, scope: { partition: "aws", region: config.region, account: config.account }, now },
    logger,
    version,
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
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      activities.close();
      await executions.close();
      chain?.close();
      store.close();
    },
  };
}
