/**
 * Builds the compiled emulator once before the suites run, so tests that spawn the CLI start the
 * JavaScript users run. The build is incremental: with nothing changed it takes a few seconds.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

export default function buildOnce(): void {
  const tsc = require.resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", path.join(__dirname, "tsconfig.build.json")], { stdio: "inherit" });
}
