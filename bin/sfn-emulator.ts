#!/usr/bin/env node
/** The `sfn-emulator` executable: parses the command line, starts the emulator, prints the start lines, stops on a signal. */
import path from "node:path";
import { createEmulator } from "../emulator";
import type { Config } from "../emulator/config";
import { sflStartLine } from "../emulator/runtime/sfl-timestamp";
import { version } from "../emulator/version";
import { EXIT_FAILURE, EXIT_OK, PROCESS_IO, runCommandLine } from "./cli";

async function start(config: Config): Promise<void> {
  const emulator = await createEmulator(config).catch((error: unknown) => {
    process.stderr.write(`sfn-emulator: could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(EXIT_FAILURE);
  });
  const where = config.inMemory ? "in memory" : path.resolve(config.dataDir);
  process.stdout.write(`sfn-emulator ${version} listening on ${emulator.url} (data: ${where})\n`);
  // Step Functions Local's own line, which Testcontainers suites wait for before their first request.
  process.stdout.write(sflStartLine(new Date(), emulator.port, config.account, config.region));
  const shutdown = () => {
    emulator.close().then(
      () => process.exit(EXIT_OK),
      () => process.exit(EXIT_FAILURE),
    );
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

void runCommandLine(process.argv.slice(2), process.env, PROCESS_IO, start).then((code) => {
  if (code !== EXIT_OK) process.exit(code);
});
