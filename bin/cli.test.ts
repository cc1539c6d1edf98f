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
});
