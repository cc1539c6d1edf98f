/** Tests of the built command as a process: --help and an unknown flag, with their output and exit codes. */
import { spawnCli } from "../emulator/testing/cli-process";

describe("the command line", () => {
  it("prints the options and exit codes for --help and exits 0", async () => {
    const help = spawnCli(["--help"]);
    expect(await help.exited).toEqual({ code: 0, signal: null });
    for (const flag of ["--port", "--host", "--data-dir", "--in-memory", "--account", "--region", "--log-level", "Exit codes"]) {
      expect(help.stdout()).toContain(flag);
    }
  });

  it("rejects an unknown flag with a message and exit code 2", async () => {
    const bad = spawnCli(["--no-such-flag"]);
    expect(await bad.exited).toEqual({ code: 2, signal: null });
    expect(bad.stderr()).toContain("--no-such-flag");
    expect(bad.stdout()).toBe("");
  });
});
