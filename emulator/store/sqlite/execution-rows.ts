/**
 * How an execution is split across its row: the static part written once (definition, input, ...)
 * and the progress rewritten each step; plus the JSON decoding the store's reads share.
 */
import type { ExecutionRecord, StateMachineRecord } from "../records";

/** Callers may change what they get; the cache keeps its own copy of the parts they change. */
export function copyMachine(record: StateMachineRecord): StateMachineRecord {
  return { ...record, tags: { ...record.tags } };
}

export interface ExecutionRow {
  record: string;
  progress: string;
}

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

export function parseOptional<T>(row: unknown): T | undefined {
  return typeof row === "string" ? (JSON.parse(row) as T) : undefined;
}

export function parseAll<T>(rows: unknown[]): T[] {
  return rows.map((row) => JSON.parse(row as string) as T);
}
