/** `sfn-emulator coverage --endpoint URL`: fetches a running emulator's workflow coverage and prints it as a table. */
import type { CoverageReport } from "../emulator/runtime/coverage/coverage-report";
import { formatCoverageTable } from "../emulator/testkit/coverage-table";

/** The command could not do its work (the emulator did not answer, or answered an error). */
export class CommandFailure extends Error {}

export async function printCoverage(endpoint: string, asJson: boolean, writeOut: (text: string) => void): Promise<void> {
  const url = `${endpoint.replace(/\/+$/, "")}/_emulator/coverage`;
  let answer: Response;
  try {
    answer = await fetch(url);
  } catch (error) {
    throw new CommandFailure(`could not reach ${url}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const text = await answer.text();
  if (!answer.ok) throw new CommandFailure(`${url} answered ${answer.status}: ${text}`);
  // The emulator's own endpoint: its answer is a CoverageReport.
  const report = JSON.parse(text) as CoverageReport;
  writeOut(asJson ? `${JSON.stringify(report, null, 2)}\n` : formatCoverageTable(report));
}
