/**
 * The test kit's command line: the --clock, --seed and --coverage-report options, and the `coverage`
 * command printing a running emulator's coverage.
 */
import { CreateStateMachineCommand } from "@aws-sdk/client-sfn";
import { startEmulator, type RunningEmulator } from "../emulator";
import { EXIT_FAILURE, EXIT_OK, UsageError, parseCommandLine, runCommandLine } from "./cli";

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io = { writeOut: (text: string) => void (out += text), writeErr: (text: string) => void (err += text), fileExists: () => false };
  const code = await runCommandLine(argv, {}, io, () => {
    throw new Error("the server should not start");
  });
  return { code, out, err };
}

describe("the test kit's command line", () => {
  it("reads --clock, --seed and --coverage-report, and SFN_CLOCK and SFN_SEED", () => {
    expect(parseCommandLine(["--clock", "auto", "--seed", "s1", "--coverage-report", "out/coverage.json"], {})).toMatchObject({
      clock: "auto",
      seed: "s1",
      coverageReportPath: "out/coverage.json",
    });
    expect(parseCommandLine([], { SFN_CLOCK: "virtual", SFN_SEED: "s2" })).toMatchObject({ clock: "virtual", seed: "s2" });
    expect(() => parseCommandLine(["--clock", "fast"], {})).toThrow("Allowed choices are real, virtual, auto");
    expect(() => parseCommandLine([], { SFN_CLOCK: "fast" })).toThrow(UsageError);
  });

  describe("sfn-emulator coverage --endpoint URL", () => {
    let emu: RunningEmulator;
    beforeAll(async () => {
      emu = await startEmulator({ logLevel: "silent" });
    });
    afterAll(() => emu.stop());

    it("prints each state machine's coverage and what was never exercised", async () => {
      const definition = {
        StartAt: "Pick",
        States: {
          Pick: { Type: "Choice", Choices: [{ Variable: "$.go", BooleanEquals: true, Next: "Go" }], Default: "Stay" },
          Go: { Type: "Pass", End: true },
          Stay: { Type: "Pass", End: true },
        },
      };
      const created = await emu.client.send(
        new CreateStateMachineCommand({ name: "table", definition: JSON.stringify(definition), roleArn: "arn:aws:iam::123456789012:role/test" }),
      );
      await emu.run(created.stateMachineArn ?? "", { go: true });
      const { code, out } = await cli(["coverage", "--endpoint", emu.endpoint]);
      expect(code).toBe(EXIT_OK);
      expect(out).toBe(
        [
          `${created.stateMachineArn} (1 execution)`,
          "  states             2/3   66.7%",
          "  transitions        1/2   50.0%",
          "  choice rules       1/2   50.0%",
          "  retriers           0/0       -",
          "  catchers           0/0       -",
          "  never exercised:",
          "    state Stay",
          "    transition Pick -> Stay (Default)",
          "    choice rule Pick.Default",
          "",
        ].join("\n"),
      );
      const json = await cli(["coverage", "--endpoint", emu.endpoint, "--json"]);
      expect(JSON.parse(json.out)).toEqual(emu.coverage());
    });

    it("exits 1 when the emulator cannot be reached", async () => {
      const { code, err } = await cli(["coverage", "--endpoint", "http://127.0.0.1:1"]);
      expect(code).toBe(EXIT_FAILURE);
      expect(err).toContain("could not reach http://127.0.0.1:1/_emulator/coverage");
    });
  });
});
