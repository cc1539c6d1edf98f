import { DEFAULT_CONFIG } from "../emulator/config";
import { UsageError, parseCommandLine } from "./cli";

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
    expect(() => parseCommandLine(["--log-level", "loud"], {})).toThrow("--log-level must be one of");
    expect(() => parseCommandLine(["--port"], {})).toThrow("--port needs a value");
  });

  it("answers --help and --version", () => {
    expect(parseCommandLine(["--help"], {})).toBe("help");
    expect(parseCommandLine(["--version"], {})).toBe("version");
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
});
