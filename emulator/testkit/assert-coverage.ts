/**
 * Coverage thresholds for users' tests: assertCoverage fails a test when a state machine's executions
 * exercised too little of it.
 */
import { COVERAGE_KINDS, type CoverageKind, type CoverageReport } from "../runtime/coverage/coverage-report";

/** The least share (0 to 1) of each kind of item that every state machine's executions must exercise. */
export type CoverageThresholds = Partial<Record<CoverageKind, number>>;

export class CoverageError extends Error {
  override readonly name = "CoverageError";
}

/**
 * Throws a CoverageError naming every state machine (or only `stateMachineArn`) that exercised less
 * than a threshold, with what it never exercised; a test or a jest `afterAll` fails with it.
 */
export function assertCoverage(coverage: CoverageReport, thresholds: CoverageThresholds, options: { stateMachineArn?: string } = {}): void {
  const shortfalls: string[] = [];
  const machines = coverage.stateMachines.filter((machine) => options.stateMachineArn === undefined || machine.stateMachineArn === options.stateMachineArn);
  if (options.stateMachineArn !== undefined && machines.length === 0) {
    throw new CoverageError(`no execution of ${options.stateMachineArn} was measured`);
  }
  for (const machine of machines) {
    for (const kind of COVERAGE_KINDS) {
      const least = thresholds[kind];
      if (least === undefined) continue;
      const measure = machine[kind];
      if (measure.ratio >= least) continue;
      const missing = machine.notExercised[kind];
      shortfalls.push(
        `${machine.stateMachineArn}: ${kind} ${percent(measure.ratio)} (${measure.covered}/${measure.total}) is below ${percent(least)}; never exercised: ${missing.join(", ")}`,
      );
    }
  }
  if (shortfalls.length > 0) throw new CoverageError(`workflow coverage below the threshold:\n  ${shortfalls.join("\n  ")}`);
}

function percent(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10}%`;
}
