/** The emulator's whole configuration, built once from flags and environment by bin/. */
import type { ClockMode } from "./runtime/clock/clock";
import { SDK_SERVICE_IDS } from "./shared/service-endpoints";

export { endpointFor } from "./shared/service-endpoints";
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
  /** Path of the HTTP Task's connections file (EventBridge connections keyed by ARN), if any. */
  connectionsPath?: string;
  /**
   * Service endpoint overrides keyed by the service as Task resources name it (`lambda`, `sqs`,
   * `states`, `dynamodb`, an `aws-sdk:` service such as `secretsmanager`), or `default` for all others.
   */
  endpoints: Record<string, string>;
  /** Days a closed execution is kept before it is purged (AWS keeps them 90 days). */
  retentionDays: number;
  /** `aws` behaves as AWS does; `stepfunctions-local` as Amazon's Step Functions Local, for suites written against it. */
  compat: CompatMode;
  /** Print every history event on stdout as it is committed. */
  logEvents: boolean;
  /** How `logEvents` prints: Step Functions Local's line, a human-friendly line, or one JSON object a line. */
  logFormat: EventLogFormat;
  /** `real` time, `virtual` (moves only when told) or `auto` (jumps to the next deadline when idle). */
  clock: ClockMode;
  /** Makes generated names, UUIDs and random numbers reproducible. */
  seed?: string;
  /** Where to write workflow coverage as JSON when the emulator stops. */
  coverageReportPath?: string;
  /** Serve the web console under /console/ (`--no-console` turns it off). */
  console: boolean;
  /** Where the console's built assets are; by default dist/console of this package (tests build their own). */
  consoleDir?: string;
}

export const COMPAT_MODES = ["aws", "stepfunctions-local"] as const;
export type CompatMode = (typeof COMPAT_MODES)[number];

export const EVENT_LOG_FORMATS = ["sfl", "pretty", "json"] as const;
export type EventLogFormat = (typeof EVENT_LOG_FORMATS)[number];

/** Step Functions Local's endpoint variables (each also a CLI flag, `--lambda-endpoint`, ...) and the service each sets. */
export const ENDPOINT_VARIABLES: Readonly<Record<string, string>> = {
  LAMBDA_ENDPOINT: "lambda",
  SQS_ENDPOINT: "sqs",
  SNS_ENDPOINT: "sns",
  DYNAMODB_ENDPOINT: "dynamodb",
  BATCH_ENDPOINT: "batch",
  ECS_ENDPOINT: "ecs",
  GLUE_ENDPOINT: "glue",
  SAGEMAKER_ENDPOINT: "sagemaker",
  SAGE_MAKER_ENDPOINT: "sagemaker",
  STEP_FUNCTIONS_ENDPOINT: "states",
};

/** AWS SDK service ids (`AWS_ENDPOINT_URL_<ID>`) whose Task resource name differs from the id. */
/**
 * Endpoints from the environment: the AWS SDK's `AWS_ENDPOINT_URL` and `AWS_ENDPOINT_URL_<SERVICE>`,
 * then Step Functions Local's names, which win.
 */
export function endpointsFromEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const endpoints: Record<string, string> = {};
  if (env.AWS_ENDPOINT_URL) endpoints.default = env.AWS_ENDPOINT_URL;
  for (const [name, value] of Object.entries(env)) {
    if (!value || !name.startsWith("AWS_ENDPOINT_URL_")) continue;
    const id = name.slice("AWS_ENDPOINT_URL_".length).toLowerCase().replace(/_/g, "");
    endpoints[SDK_SERVICE_IDS[id] ?? id] = value;
  }
  for (const [name, service] of Object.entries(ENDPOINT_VARIABLES)) {
    const value = env[name];
    if (value) endpoints[service] = value;
  }
  return endpoints;
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
  retentionDays: 90,
  compat: "aws",
  logEvents: false,
  logFormat: "sfl",
  clock: "real",
  console: true,
};
