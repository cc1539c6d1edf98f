/**
 * The command line: a commander program that turns flags and environment into a Config, with
 * Step Functions Local's flags and variables accepted beside ours. Flags win over environment,
 * which wins over defaults; an empty environment value counts as unset.
 */
import * as fs from "node:fs";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import {
  COMPAT_MODES,
  DEFAULT_CONFIG,
  ENDPOINT_VARIABLES,
  EVENT_LOG_FORMATS,
  endpointsFromEnv,
  type Config,
} from "../emulator/config";
import { version } from "../emulator/version";
import { CLOCK_MODES } from "../emulator/runtime/clock/clock";
import { SFL_SINGLE_DASH_FLAGS, normaliseSflArguments } from "./sfl-arguments";
import { CommandFailure, printCoverage } from "./coverage-command";

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {}

/** Where the program writes and what it may look at; tests pass their own. */
export interface CliIo {
  writeOut(text: string): void;
  writeErr(text: string): void;
  fileExists(path: string): boolean;
}

export const PROCESS_IO: CliIo = {
  writeOut: (text) => process.stdout.write(text),
  writeErr: (text) => process.stderr.write(text),
  fileExists: fs.existsSync,
};

const LOG_LEVELS: readonly Config["logLevel"][] = ["debug", "info", "warn", "error", "silent"];

/** `--lambda-endpoint` and the rest: Step Functions Local's variable names as flags. */
const ENDPOINT_FLAGS: ReadonlyArray<[flag: string, variable: string, service: string]> = Object.entries(ENDPOINT_VARIABLES).map(
  ([variable, service]) => [variable.toLowerCase().replace(/_/g, "-"), variable, service],
);

const EXIT_CODES_HELP = `
Step Functions Local's flags are accepted as well: -account, -region, -waitTimeScale,
-lambdaEndpoint, -batchEndpoint, -dynamoDBEndpoint, -ecsEndpoint, -glueEndpoint,
-sageMakerEndpoint, -sqsEndpoint, -snsEndpoint, -stepFunctionsEndpoint (also as --flag=value).
An empty environment variable counts as unset.

Exit codes:
  0  stopped cleanly (SIGINT or SIGTERM), or help/version shown
  1  could not start (port in use, data directory not writable, bad mock config, ...)
  2  bad command line: unknown flag or bad value
`;

/**
 * The program. Parsing it calls `run` with the Config; help, version and usage errors end in a
 * CommanderError (the program exits through `exitOverride`), which `exitCodeOf` maps.
 */
export function createProgram(env: NodeJS.ProcessEnv, io: CliIo, run: (config: Config) => void | Promise<void>): Command {
  const program = new Command("sfn-emulator")
    .description("A local emulator of AWS Step Functions on http://<host>:<port>.")
    .option("-v, --version", "show the version (as Step Functions Local does with --compat stepfunctions-local)")
    .helpOption("-h, --help", "show this help")
    .configureOutput({ writeOut: io.writeOut, writeErr: io.writeErr })
    .showHelpAfterError("Run sfn-emulator --help for the options.")
    .allowExcessArguments(false)
    // Root options end at the `coverage` command, whose own --endpoint means something else.
    .enablePositionalOptions()
    .exitOverride()
    .option("--port <n>", "port to listen on (env PORT; default 8083; 0 picks a free one)", portArgument("--port"))
    .option("--host <address>", "address to listen on (default 127.0.0.1; 0.0.0.0 in containers)")
    .option("--data-dir <path>", "SQLite store directory (env SFN_DATA_DIR; default ./.sfn-emulator)")
    .option("--in-memory", "keep nothing on disk (the default with --compat stepfunctions-local)")
    .option("--aws-account, --account <id>", "account id in ARNs (-account; env AWS_ACCOUNT_ID; default 123456789012)", accountArgument)
    .option("--aws-region, --region <name>", "region in ARNs (-region; env AWS_DEFAULT_REGION; default us-east-1)")
    .addOption(new Option("--log-level <level>", "log detail on stderr (default info)").choices(LOG_LEVELS))
    .option("--wait-time-scale <n>", "multiply Wait state durations (-waitTimeScale; env WAIT_TIME_SCALE; 0 skips waits)", scaleArgument("--wait-time-scale"))
    .option("--retention <days>", "purge closed executions older than this (env SFN_RETENTION_DAYS; default 90)", scaleArgument("--retention"))
    .addOption(
      new Option("--compat <mode>", "aws (default) or stepfunctions-local: behave as Step Functions Local (env SFN_COMPAT)").choices(COMPAT_MODES),
    )
    .option("--log-events", "print every history event on stdout (env SFN_LOG_EVENTS=1; on with --compat stepfunctions-local)")
    .addOption(new Option("--log-format <format>", "sfl (Step Functions Local's lines), pretty or json (env SFN_LOG_FORMAT)").choices(EVENT_LOG_FORMATS))
    .option("--mock-config <path>", "Step Functions Local mock config (env SFN_MOCK_CONFIG; default ./MockConfigFile.json when it exists); start with <arn>#<TestCase>")
    .option("--handlers <path>", "JSON file mapping resources or function names to local modules (env SFN_HANDLERS)")
    .option("--connections <path>", "HTTP Task connections: JSON keyed by EventBridge connection ARN (env SFN_CONNECTIONS)")
    .addOption(new Option("--clock <mode>", "real (default), virtual (moves on POST /_emulator/clock) or auto (jumps to the next deadline when idle) (env SFN_CLOCK)").choices(CLOCK_MODES))
    .option("--seed <text>", "make generated names, UUIDs and random numbers reproducible (env SFN_SEED)")
    .option("--coverage-report <path>", "write workflow coverage as JSON there when stopping")
    .option("--no-console", "do not serve the web console on /console/");
  program
    .command("coverage")
    .description("print the workflow coverage of a running emulator")
    .requiredOption("--endpoint <url>", "the emulator's URL", urlArgument("--endpoint"))
    .option("--json", "print the report as JSON")
    .action((options: { endpoint: string; json?: true }) => printCoverage(options.endpoint, options.json === true, io.writeOut));
  const described = new Set<string>();
  for (const [flag, , service] of ENDPOINT_FLAGS) {
    const sfl = Object.keys(SFL_SINGLE_DASH_FLAGS).find((name) => SFL_SINGLE_DASH_FLAGS[name] === `--${flag}`);
    const variables = ENDPOINT_FLAGS.filter((entry) => entry[2] === service).map((entry) => entry[1]);
    const option = new Option(`--${flag} <url>`, `${sfl === undefined ? "" : `${sfl}; `}env ${variables.join(" or ")}`);
    option.argParser(urlArgument(`--${flag}`));
    // SAGEMAKER_ENDPOINT and SAGE_MAKER_ENDPOINT both name SageMaker: one line of help is enough.
    program.addOption(described.has(service) ? option.hideHelp() : option);
    described.add(service);
  }
  program
    .option("--aws-endpoint-url <url>", "every other service (env AWS_ENDPOINT_URL; AWS_ENDPOINT_URL_<SERVICE> per service)", urlArgument("--aws-endpoint-url"))
    .option("--endpoint <service=url>", "any service by its Task resource name (secretsmanager=http://...); repeatable", collectEndpoint)
    .addHelpText("after", EXIT_CODES_HELP)
    .action(() => {
      const options = program.opts();
      if (options["version"] === true) {
        io.writeOut(versionText(options["compat"] ?? env["SFN_COMPAT"]));
        // Ends the program the way commander's own version option does.
        throw new CommanderError(EXIT_OK, "commander.version", version);
      }
      return run(configFrom(options, env, io.fileExists));
    });
  return program;
}

/** Our version; in Step Functions Local's mode, in the jar's three-line shape, which scripts parse. */
function versionText(compat: unknown): string {
  return compat === "stepfunctions-local" ? `Step Function Local\nVersion: ${version}\nBuild: sfn-emulator ${version}\n` : `${version}\n`;
}

/** Parses argv (without node and script) and runs; resolves to the exit code for help, version and usage errors. */
export async function runCommandLine(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  io: CliIo,
  run: (config: Config) => void | Promise<void>,
): Promise<number> {
  try {
    await createProgram(env, io, run).parseAsync(normaliseSflArguments(argv), { from: "user" });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) {
      io.writeErr(`sfn-emulator: ${error.message}\nRun sfn-emulator --help for the options.\n`);
      return EXIT_USAGE;
    }
    if (error instanceof CommanderError) return exitCodeOf(error);
    if (error instanceof CommandFailure) {
      io.writeErr(`sfn-emulator: ${error.message}\n`);
      return EXIT_FAILURE;
    }
    throw error;
  }
}

/** Help and version end the program successfully; every other commander error is a usage error. */
export function exitCodeOf(error: CommanderError): number {
  return ["commander.helpDisplayed", "commander.help", "commander.version"].includes(error.code) ? EXIT_OK : EXIT_USAGE;
}

/** The Config argv and env give, or "help"/"version" when those were asked; throws UsageError. */
export function parseCommandLine(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  fileExists: (path: string) => boolean = fs.existsSync,
): Config | "help" | "version" {
  let parsed: Config | undefined;
  const program = createProgram(env, { writeOut: () => {}, writeErr: () => {}, fileExists }, (config) => {
    parsed = config;
  });
  try {
    program.parse(normaliseSflArguments(argv), { from: "user" });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.code === "commander.version") return "version";
    if (exitCodeOf(error) === EXIT_OK) return "help";
    throw new UsageError(error.message.replace(/^error: /, ""));
  }
  if (parsed === undefined) throw new Error("the program parsed without running");
  return parsed;
}

interface Flags {
  port?: number;
  host?: string;
  dataDir?: string;
  inMemory?: true;
  version?: true;
  account?: string;
  region?: string;
  logLevel?: Config["logLevel"];
  waitTimeScale?: number;
  retention?: number;
  compat?: Config["compat"];
  logEvents?: true;
  logFormat?: Config["logFormat"];
  clock?: Config["clock"];
  seed?: string;
  coverageReport?: string;
  mockConfig?: string;
  handlers?: string;
  connections?: string;
  /** False with --no-console. */
  console?: boolean;
  awsEndpointUrl?: string;
  endpoint?: Record<string, string>;
  [endpointFlag: string]: unknown;
}

function configFrom(options: Record<string, unknown>, env: NodeJS.ProcessEnv, fileExists: (path: string) => boolean): Config {
  // Commander's option values are only what the declarations above produce.
  const flags = options as Flags;
  const set = (name: string): string | undefined => (env[name] === "" ? undefined : env[name]);
  const endpoints = endpointsFromEnv(env);
  if (flags.awsEndpointUrl !== undefined) endpoints.default = flags.awsEndpointUrl;
  for (const [flag, , service] of ENDPOINT_FLAGS) {
    const value = options[flag.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())];
    if (typeof value === "string") endpoints[service] = value;
  }
  Object.assign(endpoints, flags.endpoint);
  const compat = flags.compat ?? fromEnv(set("SFN_COMPAT"), "SFN_COMPAT", compatMode) ?? DEFAULT_CONFIG.compat;
  const dataDir = flags.dataDir ?? set("SFN_DATA_DIR");
  const mockConfigPath = flags.mockConfig ?? set("SFN_MOCK_CONFIG") ?? (fileExists("MockConfigFile.json") ? "MockConfigFile.json" : undefined);
  const handlersPath = flags.handlers ?? set("SFN_HANDLERS");
  const seed = flags.seed ?? set("SFN_SEED");
  const connectionsPath = flags.connections ?? set("SFN_CONNECTIONS");
  return {
    ...DEFAULT_CONFIG,
    port: flags.port ?? fromEnv(set("PORT"), "PORT", portArgument("PORT")) ?? DEFAULT_CONFIG.port,
    host: flags.host ?? DEFAULT_CONFIG.host,
    dataDir: dataDir ?? DEFAULT_CONFIG.dataDir,
    // Step Functions Local starts empty every time; so does its compat mode unless told where to keep data.
    inMemory: flags.inMemory ?? (compat === "stepfunctions-local" && dataDir === undefined),
    account: flags.account ?? fromEnv(set("AWS_ACCOUNT_ID"), "AWS_ACCOUNT_ID", accountArgument) ?? DEFAULT_CONFIG.account,
    region: flags.region ?? set("AWS_DEFAULT_REGION") ?? DEFAULT_CONFIG.region,
    logLevel: flags.logLevel ?? DEFAULT_CONFIG.logLevel,
    waitTimeScale: flags.waitTimeScale ?? fromEnv(set("WAIT_TIME_SCALE"), "WAIT_TIME_SCALE", scaleArgument("WAIT_TIME_SCALE")) ?? DEFAULT_CONFIG.waitTimeScale,
    retentionDays: flags.retention ?? fromEnv(set("SFN_RETENTION_DAYS"), "SFN_RETENTION_DAYS", scaleArgument("SFN_RETENTION_DAYS")) ?? DEFAULT_CONFIG.retentionDays,
    compat,
    logEvents: flags.logEvents ?? (isTrue(set("SFN_LOG_EVENTS")) || compat === "stepfunctions-local"),
    logFormat: flags.logFormat ?? fromEnv(set("SFN_LOG_FORMAT"), "SFN_LOG_FORMAT", logFormat) ?? DEFAULT_CONFIG.logFormat,
    endpoints,
    console: flags.console ?? DEFAULT_CONFIG.console,
    clock: flags.clock ?? fromEnv(set("SFN_CLOCK"), "SFN_CLOCK", clockMode) ?? DEFAULT_CONFIG.clock,
    ...(seed === undefined ? {} : { seed }),
    ...(flags.coverageReport === undefined ? {} : { coverageReportPath: flags.coverageReport }),
    ...(mockConfigPath === undefined ? {} : { mockConfigPath }),
    ...(handlersPath === undefined ? {} : { handlersPath }),
    ...(connectionsPath === undefined ? {} : { connectionsPath }),
  };
}

/** An environment value through the same check as its flag, reported by the variable's name. */
function fromEnv<T>(value: string | undefined, name: string, parse: (text: string) => T): T | undefined {
  if (value === undefined) return undefined;
  try {
    return parse(value);
  } catch (error) {
    if (error instanceof InvalidArgumentError) throw new UsageError(error.message.includes(name) ? error.message : `${name} ${error.message}`);
    throw error;
  }
}

function isTrue(value: string | undefined): boolean {
  return value !== undefined && ["1", "true", "yes", "on"].includes(value.toLowerCase());
}

function compatMode(text: string): Config["compat"] {
  const mode = COMPAT_MODES.find((candidate) => candidate === text);
  if (mode === undefined) throw new InvalidArgumentError(`must be one of ${COMPAT_MODES.join(", ")}, got '${text}'`);
  return mode;
}

function clockMode(text: string): Config["clock"] {
  const mode = CLOCK_MODES.find((candidate) => candidate === text);
  if (mode === undefined) throw new InvalidArgumentError(`must be one of ${CLOCK_MODES.join(", ")}, got '${text}'`);
  return mode;
}

function logFormat(text: string): Config["logFormat"] {
  const format = EVENT_LOG_FORMATS.find((candidate) => candidate === text);
  if (format === undefined) throw new InvalidArgumentError(`must be one of ${EVENT_LOG_FORMATS.join(", ")}, got '${text}'`);
  return format;
}

function collectEndpoint(text: string, previous: Record<string, string> | undefined): Record<string, string> {
  const at = text.indexOf("=");
  const service = at < 0 ? "" : text.slice(0, at);
  if (!service) throw new InvalidArgumentError("--endpoint needs <service>=<url>");
  return { ...previous, [service]: urlArgument("--endpoint")(text.slice(at + 1)) };
}

function urlArgument(name: string): (text: string) => string {
  return (text) => {
    try {
      const url = new URL(text);
      if (url.protocol === "http:" || url.protocol === "https:") return text;
    } catch {
      // reported below
    }
    throw new InvalidArgumentError(`${name} must be an http or https URL, got '${text}'`);
  };
}

function portArgument(name: string): (text: string) => number {
  return (text) => {
    const port = Number(text);
    if (text.trim() === "" || !Number.isInteger(port) || port < 0 || port > 65535) {
      throw new InvalidArgumentError(`${name} must be a port number, got '${text}'`);
    }
    return port;
  };
}

function accountArgument(text: string): string {
  if (!/^\d{12}$/.test(text)) throw new InvalidArgumentError(`the account id must be 12 digits, got '${text}'`);
  return text;
}

function scaleArgument(name: string): (text: string) => number {
  return (text) => {
    const scale = Number(text);
    if (text.trim() === "" || !Number.isFinite(scale) || scale < 0) {
      throw new InvalidArgumentError(`${name} must be a number >= 0, got '${text}'`);
    }
    return scale;
  };
}
