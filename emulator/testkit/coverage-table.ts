/** Workflow coverage printed as a text table for a terminal. */
import { COVERAGE_KINDS, type CoverageKind, type CoverageReport } from "../runtime/coverage/coverage-report";

const LABELS: Record<CoverageKind, { plural: string; singular: string }> = {
  states: { plural: "states", singular: "state" },
  transitions: { plural: "transitions", singular: "transition" },
  choiceRules: { plural: "choice rules", singular: "choice rule" },
  retriers: { plural: "retriers", singular: "retrier" },
  catchers: { plural: "catchers", singular: "catcher" },
};

/** Workflow coverage as text for a terminal: per state machine, a line per kind, then what never ran. */
export function formatCoverageTable(report: CoverageReport): string {
  if (report.stateMachines.length === 0) return "No executions measured yet.\n";
  const lines: string[] = [];
  for (const machine of report.stateMachines) {
    lines.push(`${machine.stateMachineArn} (${machine.executions} execution${machine.executions === 1 ? "" : "s"})`);
    for (const kind of COVERAGE_KINDS) {
      const { covered, total, ratio } = machine[kind];
      const share = total === 0 ? "-" : `${(ratio * 100).toFixed(1)}%`;
      lines.push(`  ${LABELS[kind].plural.padEnd(13)}${`${covered}/${total}`.padStart(9)}${share.padStart(8)}`);
    }
    const never = COVERAGE_KINDS.flatMap((kind) => machine.notExercised[kind].map((item) => `    ${LABELS[kind].singular} ${item}`));
    if (never.length > 0) lines.push("  never exercised:", ...never);
    lines.push("");
  }
  return `${lines.join("\n")}`;
}
