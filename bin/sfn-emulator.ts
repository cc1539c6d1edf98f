#!/usr/bin/env node
import path from "node:path";
import { createEmulator } from "../emulator";
import { version } from "../emulator/version";
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, HELP, UsageError, parseCommandLine } from "./cli";

async function main(): Promise<void> {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`sfn-emulator: ${error.message}\nRun sfn-emulator --help for the options.\n`);
    process.exit(EXIT_USAGE);
  }
  if (parsed === "help") {
    process.stdout.write(HELP);
    return;
  }
  if (parsed === "version") {
    process.stdout.write(`${version}\n`);
    return;
  }
  const emulator = await createEmulator(parsed).catch((error: unknown) => {
    process.stderr.write(`sfn-emulator: could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(EXIT_FAILURE);
  });
  const where = parsed.inMemory ? "in memory" : path.resolve(parsed.dataDir);
  process.stdout.write(`sfn-emulator ${version} listening on ${emulator.url} (data: ${where})\n`);
  const shutdown = () => {
    emulator.close().then(
      () => process.exit(EXIT_OK),
      () => process.exit(EXIT_FAILURE),
    );
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

void main();
