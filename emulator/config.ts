/** The emulator's whole configuration, built once from flags and environment by bin/. */
export interface Config {
  port: number;
  host: string;
  /** Where the SQLite store lives; ignored when `inMemory` is set. */
  dataDir: string;
  inMemory: boolean;
  account: string;
  region: string;
  logLevel: "debug" | "info" | "warn" | "error" | "silent";
  /** Wait-state time multiplier as in Step Functions Local: 0 skips waits, 0.5 halves them. */
  waitTimeScale: number;
  /** Path of a Step Functions Local mock config file, if any. */
  mockConfigPath?: string;
  /** Path of a local handlers file, if any. */
  handlersPath?: string;
  /** Service endpoint overrides, keyed by service name (`lambda`, `sqs`, `stepfunctions`, ...). */
  endpoints: Record<string, string>;
}

export const DEFAULT_CONFIG: Config = {
  port: 8083,
  host: "127.0.0.1",
  dataDir: ".sfn-emulator",
  inMemory: false,
  account: "123456789012",
  region: "us-east-1",
  logLevel: "info",
  waitTimeScale: 1,
  endpoints: {},
};
