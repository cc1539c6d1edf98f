/** How an execution record is split into its static part (written once) and its progress (rewritten each step), and joined back. */
import type { ExecutionRecord } from "../records";
import type { ExecutionRow } from "./sqlite-listings";

/** What changes as an execution runs: rewritten each step, unlike the definition and input. */
type ExecutionProgress = Pick<
  ExecutionRecord,
  "status" | "stopDate" | "output" | "error" | "cause" | "redriveCount" | "redriveDate" | "runtime"
>;

export function progressOf(execution: ExecutionRecord): ExecutionProgress {
  const { status, stopDate, output, error, cause, redriveCount, redriveDate, runtime } = execution;
  const progress: ExecutionProgress = { status, redriveCount, runtime };
  if (redriveDate !== undefined) progress.redriveDate = redriveDate;
  if (stopDate !== undefined) progress.stopDate = stopDate;
  if (output !== undefined) progress.output = output;
  if (error !== undefined) progress.error = error;
  if (cause !== undefined) progress.cause = cause;
  return progress;
}

export function staticPartOf(execution: ExecutionRecord): Partial<ExecutionRecord> {
  const copy: Partial<ExecutionRecord> = { ...execution };
  for (const key of ["status", "stopDate", "output", "error", "cause", "redriveCount", "redriveDate", "runtime"] as const) {
    delete copy[key];
  }
  return copy;
}

export function executionFromRow(row: ExecutionRow): ExecutionRecord {
  return { ...(JSON.parse(row.record) as ExecutionRecord), ...(JSON.parse(row.progress) as ExecutionProgress) };
}
