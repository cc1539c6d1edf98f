/** The command line: flags and Step Functions Local's environment names give the Config; bad ones fail. */
import { DEFAULT_CONFIG, type Config } from "../emulator/config";
import { EXIT_OK, EXIT_USAGE, UsageError, parseCommandLine, runCommandLine } from "./cli";

/** Runs the program in process, capturing what it writes and the Config it would start with. */
async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let out = "";
  let err = "";
  let config: Config | undefined;
  const io = { writeOut: (text: string) => void (out += text), writeErr: (text: string) => void (err += text), fileExists: () => false };
  const code = await runCommandLine(argv, env, io, (parsed) => {
    config = parsed;
  });
  return { code, out, err, config };
}

describe("command line", () => {
  it("uses the defaults with no flags and no environment", () => {
    expect(parseCommandLine([], {})).toEqual({ ...DEFAULT_CONFIG, endpoints: {} });
  });

  it("reads Step Functions Local's environment names and lets flags win", () => {
    const config = parseCommandLine(["--port", "9000", "--region", "eu-west-1"], {
      PORT: "8000",
      AWS_ACCOUNT_ID: "111111111111",
      AWS_DEFAULT_REGION: "us-west-2",
      SFN_DATA_DIR: "/tmp/x",
      WAIT_TIME_SCALE: "0",
    });
    expect(config).toMatchObject({ port: 9000, region: "eu-west-1", account: "111111111111", dataDir: "/tmp/x", waitTimeScale: 0 });
  });

  it("rejects unknown flags and bad values with a usage error", () => {
    expect(() => parseCommandLine(["--bogus"], {})).toThrow(UsageError);
    expect(() => parseCommandLine(["--port", "http"], {})).toThrow("--port must be a port number");
    expect(() => parseCommandLine(["--account", "12"], {})).toThrow("12 digits");
    expect(() => parseCommandLine(["--log-level", "loud"], {})).toThrow("Allowed choices are debug, info, warn, error, silent");
    expect(() => parseCommandLine(["--port"], {})).toThrow("option '--port <n>' argument missing");
    expect(() => parseCommandLine(["extra"], {})).toThrow("too many arguments");
  });

  it("answers --help and --version", () => {
    expect(parseCommandLine(["--help"], {})).toBe("help");
    expect(parseCommandLine(["-h"], {})).toBe("help");
    expect(parseCommandLine(["--version"], {})).toBe("version");
    expect(parseCommandLine(["-v"], {})).toBe("version");
  });

  it("reads mock config and handlers paths, from flags over SFN_MOCK_CONFIG and SFN_HANDLERS", () => {
    const none = () => false;
    expect(parseCommandLine([], { SFN_MOCK_CONFIG: "/m.json", SFN_HANDLERS: "/h.json" }, none)).toMatchObject({
      mockConfigPath: "/m.json",
      handlersPath: "/h.json",
    });
    expect(parseCommandLine(["--mock-config", "a.json", "--handlers", "b.json"], { SFN_MOCK_CONFIG: "/m.json" }, none)).toMatchObject({
      mockConfigPath: "a.json",
      handlersPath: "b.json",
    });
  });

  it("uses MockConfigFile.json in the working directory when nothing else names a mock config", () => {
    const config = parseCommandLine([], {}, (path) => path === "MockConfigFile.json");
    expect(config).toMatchObject({ mockConfigPath: "MockConfigFile.json" });
    expect(parseCommandLine([], {}, () => false)).not.toHaveProperty("mockConfigPath");
  });

  it("takes endpoints from Step Functions Local's variables over the AWS SDK's, and flags over both", () => {
    const config = parseCommandLine(["--sqs-endpoint", "http://flag:1", "--endpoint", "secretsmanager=http://sm:4"], {
      AWS_ENDPOINT_URL: "http://all:9",
      AWS_ENDPOINT_URL_LAMBDA: "http://sdk-lambda:2",
      AWS_ENDPOINT_URL_SFN: "http://sdk-sfn:3",
      LAMBDA_ENDPOINT: "http://local-lambda:2",
      SAGE_MAKER_ENDPOINT: "http://sm:5",
      SQS_ENDPOINT: "http://env-sqs:1",
    }, () => false);
    expect(config).toMatchObject({
      endpoints: {
        default: "http://all:9",
        lambda: "http://local-lambda:2",
        states: "http://sdk-sfn:3",
        sagemaker: "http://sm:5",
        sqs: "http://flag:1",
        secretsmanager: "http://sm:4",
      },
    });
  });

  it("rejects endpoint flags that are not URLs", () => {
    expect(() => parseCommandLine(["--lambda-endpoint", "localhost:3001"], {})).toThrow("--lambda-endpoint must be an http or https URL");
    expect(() => parseCommandLine(["--endpoint", "sqs"], {})).toThrow("--endpoint needs <service>=<url>");
  });

  it("takes --flag=value as well as --flag value", () => {
    expect(parseCommandLine(["--port=9000", "--region=eu-west-1", "--lambda-endpoint=http://l:1", "--endpoint=sqs=http://q:2"], {})).toMatchObject({
      port: 9000,
      region: "eu-west-1",
      endpoints: { lambda: "http://l:1", sqs: "http://q:2" },
    });
  });

  it("treats an empty environment value as unset", () => {
    const config = parseCommandLine([], { PORT: "", AWS_ACCOUNT_ID: "", AWS_DEFAULT_REGION: "", WAIT_TIME_SCALE: "", SFN_DATA_DIR: "", SFN_COMPAT: "", LAMBDA_ENDPOINT: "" }, () => false);
    expect(config).toEqual({ ...DEFAULT_CONFIG, endpoints: {} });
  });

  it("reports a bad environment value by the variable's name", () => {
    expect(() => parseCommandLine([], { PORT: "http" })).toThrow("PORT must be a port number, got 'http'");
    expect(() => parseCommandLine([], { SFN_COMPAT: "moto" })).toThrow("SFN_COMPAT must be one of aws, stepfunctions-local");
  });

  it("accepts every flag of the Step Functions Local jar, single-dash and double-dash", () => {
    const single = parseCommandLine(
      [
        "-account", "111111111111", "-region", "eu-central-1", "-waitTimeScale", "0.5",
        "-lambdaEndpoint", "http://lambda:1", "-batchEndpoint", "http://batch:2", "-dynamoDBEndpoint", "http://ddb:3",
        "-ecsEndpoint", "http://ecs:4", "-glueEndpoint", "http://glue:5", "-sageMakerEndpoint", "http://sm:6",
        "-sqsEndpoint", "http://sqs:7", "-snsEndpoint", "http://sns:8", "-stepFunctionsEndpoint", "http://sfn:9",
      ],
      {},
      () => false,
    );
    const expected = {
      account: "111111111111",
      region: "eu-central-1",
      waitTimeScale: 0.5,
      endpoints: {
        lambda: "http://lambda:1", batch: "http://batch:2", dynamodb: "http://ddb:3", ecs: "http://ecs:4", glue: "http://glue:5",
        sagemaker: "http://sm:6", sqs: "http://sqs:7", sns: "http://sns:8", states: "http://sfn:9",
      },
    };
    expect(single).toEqual({ ...DEFAULT_CONFIG, ...expected });
    const double = parseCommandLine(
      [
        "--aws-account", "111111111111", "--aws-region", "eu-central-1", "--wait-time-scale", "0.5",
        "--lambda-endpoint", "http://lambda:1", "--batch-endpoint", "http://batch:2", "--dynamodb-endpoint", "http://ddb:3",
        "--ecs-endpoint", "http://ecs:4", "--glue-endpoint", "http://glue:5", "--sagemaker-endpoint", "http://sm:6",
        "--sqs-endpoint", "http://sqs:7", "--sns-endpoint", "http://sns:8", "--step-functions-endpoint", "http://sfn:9",
      ],
      {},
      () => false,
    );
    expect(double).toEqual(single);
    expect(parseCommandLine(["-lambdaEndpoint=http://lambda:1", "-account=222222222222"], {})).toMatchObject({
      account: "222222222222",
      endpoints: { lambda: "http://lambda:1" },
    });
  });

  it("reads Step Functions Local's environment names for every option", () => {
    const config = parseCommandLine([], {
      AWS_ACCOUNT_ID: "111111111111", AWS_DEFAULT_REGION: "ap-south-1", WAIT_TIME_SCALE: "2",
      LAMBDA_ENDPOINT: "http://lambda:1", BATCH_ENDPOINT: "http://batch:2", DYNAMODB_ENDPOINT: "http://ddb:3",
      ECS_ENDPOINT: "http://ecs:4", GLUE_ENDPOINT: "http://glue:5", SAGE_MAKER_ENDPOINT: "http://sm:6",
      SQS_ENDPOINT: "http://sqs:7", SNS_ENDPOINT: "http://sns:8", STEP_FUNCTIONS_ENDPOINT: "http://sfn:9",
      SFN_MOCK_CONFIG: "/home/StepFunctionsLocal/MockConfigFile.json",
    }, () => false);
    expect(config).toMatchObject({
      account: "111111111111", region: "ap-south-1", waitTimeScale: 2,
      mockConfigPath: "/home/StepFunctionsLocal/MockConfigFile.json",
      endpoints: {
        lambda: "http://lambda:1", batch: "http://batch:2", dynamodb: "http://ddb:3", ecs: "http://ecs:4", glue: "http://glue:5",
        sagemaker: "http://sm:6", sqs: "http://sqs:7", sns: "http://sns:8", states: "http://sfn:9",
      },
    });
  });

  it("in Step Functions Local mode keeps nothing on disk and logs events, unless told otherwise", () => {
    expect(parseCommandLine(["--compat", "stepfunctions-local"], {}, () => false)).toMatchObject({ compat: "stepfunctions-local", inMemory: true, logEvents: true });
    expect(parseCommandLine([], { SFN_COMPAT: "stepfunctions-local" }, () => false)).toMatchObject({ compat: "stepfunctions-local", inMemory: true });
    expect(parseCommandLine(["--compat=stepfunctions-local", "--data-dir", "d"], {}, () => false)).toMatchObject({ inMemory: false, dataDir: "d" });
    expect(parseCommandLine([], {}, () => false)).toMatchObject({ compat: "aws", inMemory: false, logEvents: false });
  });

  it("reads the event log switches from flags and environment", () => {
    expect(parseCommandLine(["--log-events", "--log-format", "pretty"], {}, () => false)).toMatchObject({ logEvents: true, logFormat: "pretty" });
    expect(parseCommandLine([], { SFN_LOG_EVENTS: "1", SFN_LOG_FORMAT: "json" }, () => false)).toMatchObject({ logEvents: true, logFormat: "json" });
    expect(() => parseCommandLine(["--log-format", "xml"], {})).toThrow("Allowed choices are sfl, pretty, json");
  });

  it("prints help with the exit codes and exits 0", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(EXIT_OK);
    expect(result.out).toContain("Usage: sfn-emulator [options]");
    expect(result.out).toContain("-lambdaEndpoint; env LAMBDA_ENDPOINT");
    expect(result.out).toMatch(/Exit codes:\n  0 .*\n  1 .*\n  2 /);
    expect(result.config).toBeUndefined();
  });

  it("prints the version for -v and exits 0", async () => {
    const result = await run(["-v"]);
    expect(result).toMatchObject({ code: EXIT_OK, out: expect.stringMatching(/^\d+\.\d+\.\d+\n$/), config: undefined });
  });

  it("prints the version in the jar's three lines in Step Functions Local's mode", async () => {
    const expected = /^Step Function Local\nVersion: \d+\.\d+\.\d+\nBuild: sfn-emulator \d+\.\d+\.\d+\n$/;
    expect(await run(["-v"], { SFN_COMPAT: "stepfunctions-local" })).toMatchObject({ code: EXIT_OK, out: expect.stringMatching(expected) });
    expect(await run(["--compat", "stepfunctions-local", "--version"])).toMatchObject({ code: EXIT_OK, out: expect.stringMatching(expected) });
  });

  it("exits 2 with a message on stderr for a usage error, from a flag or the environment", async () => {
    const flag = await run(["--bogus"]);
    expect(flag).toMatchObject({ code: EXIT_USAGE, out: "" });
    expect(flag.err).toContain("unknown option '--bogus'");
    expect(flag.err).toContain("sfn-emulator --help");
    const env = await run([], { WAIT_TIME_SCALE: "-1" });
    expect(env).toMatchObject({ code: EXIT_USAGE, config: undefined });
    expect(env.err).toContain("WAIT_TIME_SCALE must be a number >= 0, got '-1'");
  });

  it("runs with the parsed Config", async () => {
    const result = await run(["--port=0", "--in-memory"]);
    expect(result).toMatchObject({ code: EXIT_OK, config: { port: 0, inMemory: true } });
  });
});
