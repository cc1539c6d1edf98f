import * as fs from "node:fs";
import { DEFAULT_CONFIG, ENDPOINT_VARIABLES, endpointsFromEnv, type Config } from "../emulator/config";

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export const HELP = `Usage: sfn-emulator [options]

A local emulator of AWS Step Functions on http://<host>:<port>.

Options:
  --port <n>            port to listen on (env PORT; default 8083)
  --host <address>      address to listen on (default 127.0.0.1; 0.0.0.0 in containers)
  --data-dir <path>     SQLite store directory (env SFN_DATA_DIR; default ./.sfn-emulator)
  --in-memory           keep nothing on disk
  --account <id>        account id in ARNs (env AWS_ACCOUNT_ID; default 123456789012)
  --region <name>       region in ARNs (env AWS_DEFAULT_REGION; default us-east-1)
  --log-level <level>   debug, info, warn, error or silent (default info)
  --wait-time-scale <n> multiply Wait state durations (env WAIT_TIME_SCALE; 0 skips waits)
  --no-console          do not serve the web console on /console/

Task integrations (a call goes to the first that applies):
  --mock-config <path>  Step Functions Local mock config (env SFN_MOCK_CONFIG; default
                        ./MockConfigFile.json when it exists); start with <arn>#<TestCase>
  --handlers <path>     JSON file mapping resources or function names to local modules
                        (env SFN_HANDLERS)
  --lambda-endpoint <url>          (env LAMBDA_ENDPOINT)
  --sqs-endpoint <url>             (env SQS_ENDPOINT)
  --sns-endpoint <url>             (env SNS_ENDPOINT)
  --dynamodb-endpoint <url>        (env DYNAMODB_ENDPOINT)
  --batch-endpoint <url>           (env BATCH_ENDPOINT)
  --ecs-endpoint <url>             (env ECS_ENDPOINT)
  --glue-endpoint <url>            (env GLUE_ENDPOINT)
  --sagemaker-endpoint <url>       (env SAGEMAKER_ENDPOINT or SAGE_MAKER_ENDPOINT)
  --step-functions-endpoint <url>  (env STEP_FUNCTIONS_ENDPOINT; default: this emulator)
  --aws-endpoint-url <url>         every other service (env AWS_ENDPOINT_URL;
                                   AWS_ENDPOINT_URL_<SERVICE> per service)
  --endpoint <service>=<url>       any service by its Task resource name (secretsmanager=...)
  --help                show this help
  --version             show the version

Exit codes:
  0  stopped cleanly (SIGINT or SIGTERM)
  1  could not start (port in use, data directory not writable, ...)
  2  bad command line: unknown flag or bad value
`;

export class UsageError extends Error {}

const LOG_LEVELS: readonly Config["logLevel"][] = ["debug", "info", "warn", "error", "silent"];

/** Turns flags and environment into a Config; flags win over environment, which wins over defaults. */
export function parseCommandLine(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  fileExists: (path: string) => boolean = fs.existsSync,
): Config | "help" | "version" {
  const config: Config = { ...DEFAULT_CONFIG, endpoints: endpointsFromEnv(env) };
  if (env.SFN_MOCK_CONFIG) config.mockConfigPath = env.SFN_MOCK_CONFIG;
  else if (fileExists("MockConfigFile.json")) config.mockConfigPath = "MockConfigFile.json";
  if (env.SFN_HANDLERS) config.handlersPath = env.SFN_HANDLERS;
  if (env.PORT !== undefined) config.port = parsePort(env.PORT, "PORT");
  if (env.SFN_DATA_DIR) config.dataDir = env.SFN_DATA_DIR;
  if (env.AWS_ACCOUNT_ID) config.account = parseAccount(env.AWS_ACCOUNT_ID);
  if (env.AWS_DEFAULT_REGION) config.region = env.AWS_DEFAULT_REGION;
  if (env.WAIT_TIME_SCALE !== undefined) config.waitTimeScale = parseScale(env.WAIT_TIME_SCALE, "WAIT_TIME_SCALE");
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined || next.startsWith("--")) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case "--help":
      case "-h":
        return "help";
      case "--version":
        return "version";
      case "--port":
        config.port = parsePort(value(), flag);
        break;
      case "--host":
        config.host = value();
        break;
      case "--data-dir":
        config.dataDir = value();
        break;
      case "--in-memory":
        config.inMemory = true;
        break;
      case "--account":
        config.account = parseAccount(value());
        break;
      case "--region":
        config.region = value();
        break;
      case "--log-level": {
        const level = value();
        if (!(LOG_LEVELS as readonly string[]).includes(level)) {
          throw new UsageError(`--log-level must be one of ${LOG_LEVELS.join(", ")}`);
        }
        config.logLevel = level as Config["logLevel"];
        break;
      }
      case "--wait-time-scale":
        config.waitTimeScale = parseScale(value(), flag);
        break;
      case "--no-console":
        config.console = false;
        break;
      case "--mock-config":
        config.mockConfigPath = value();
        break;
      case "--handlers":
        config.handlersPath = value();
        break;
      case "--aws-endpoint-url":
        config.endpoints.default = parseUrl(value(), flag);
        break;
      case "--endpoint": {
        const [service, url] = splitOnce(value(), "=");
        if (!service || url === undefined) throw new UsageError("--endpoint needs <service>=<url>");
        config.endpoints[service] = parseUrl(url, flag);
        break;
      }
      default: {
        const service = ENDPOINT_FLAGS[flag];
        if (service === undefined) throw new UsageError(`unknown option ${flag}`);
        config.endpoints[service] = parseUrl(value(), flag);
      }
    }
  }
  return config;
}

/** `--lambda-endpoint` and the rest: Step Functions Local's variable names as flags. */
const ENDPOINT_FLAGS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(ENDPOINT_VARIABLES).map(([name, service]) => [`--${name.toLowerCase().replace(/_/g, "-")}`, service]),
);

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

function parseUrl(text: string, name: string): string {
  try {
    const url = new URL(text);
    if (url.protocol === "http:" || url.protocol === "https:") return text;
  } catch {
    // reported below
  }
  throw new UsageError(`${name} must be an http or https URL, got '${text}'`);
}

function parsePort(text: string, name: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`${name} must be a port number, got '${text}'`);
  return port;
}

function parseAccount(text: string): string {
  if (!/^\d{12}$/.test(text)) throw new UsageError(`the account id must be 12 digits, got '${text}'`);
  return text;
}

function parseScale(text: string, name: string): number {
  const scale = Number(text);
  if (!Number.isFinite(scale) || scale < 0) throw new UsageError(`${name} must be a number >= 0, got '${text}'`);
  return scale;
}
