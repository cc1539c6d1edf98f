/**
 * The last Express executions that ended, kept in memory for the emulator's own wait endpoint: AWS
 * keeps no record of them, and a test's wait may arrive after a quick one has already ended.
 */
import type { ExecutionRecord } from "../store/records";

/** How many ended Express executions are remembered, and how much of their input and output text. */
export const RECENT_EXPRESS_LIMITS = { executions: 1000, characters: 16 * 1024 * 1024 };

export class RecentExpressExecutions {
  private readonly records = new Map<string, ExecutionRecord>();
  private characters = 0;

  remember(record: ExecutionRecord): void {
    this.forget(record.executionArn);
    this.records.set(record.executionArn, record);
    this.characters += size(record);
    // A Map iterates in insertion order: the first key is the oldest.
    for (const oldest of this.records.keys()) {
      if (this.records.size <= RECENT_EXPRESS_LIMITS.executions && this.characters <= RECENT_EXPRESS_LIMITS.characters) break;
      this.forget(oldest);
    }
  }

  get(executionArn: string): ExecutionRecord | undefined {
    return this.records.get(executionArn);
  }

  clear(): void {
    this.records.clear();
    this.characters = 0;
  }

  private forget(executionArn: string): void {
    const record = this.records.get(executionArn);
    if (!record) return;
    this.records.delete(executionArn);
    this.characters -= size(record);
  }
}

function size(record: ExecutionRecord): number {
  return record.input.length + (record.output?.length ?? 0) + (record.cause?.length ?? 0);
}
