/**
 * How tests start the real CLI: the compiled JavaScript that jest's global setup builds, as users
 * run it. Spawning it through ts-node instead compiled the whole tree in every child, which took
 * longer than the tests' start-up allowance on a loaded two-core machine.
 */
import path from "node:path";

export const PROJECT_ROOT = path.resolve(__dirname, "../..");

/** The built entry point of `sfn-emulator`. */
export const CLI_ENTRY = path.join(PROJECT_ROOT, "dist/bin/sfn-emulator.js");

/** Arguments for `spawn(process.execPath, [...CLI_ARGS, ...flags])`. */
export const CLI_ARGS: readonly string[] = [CLI_ENTRY];
