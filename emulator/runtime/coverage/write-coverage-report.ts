/** The coverage report file that `--coverage-report` writes at shutdown. */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Logger } from "../logger";
import type { CoverageReport } from "./coverage-report";

/** Writes the coverage report as JSON (`--coverage-report`); a failure is logged, never thrown at shutdown. */
export function writeCoverageReport(file: string, report: CoverageReport, logger: Logger): void {
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    logger.info(`wrote workflow coverage to ${file}`);
  } catch (error) {
    logger.error(`could not write workflow coverage to ${file}`, error);
  }
}
