/**
 * Group commit: steps of several executions written together, each resolved, and only the bad write
 * failed when one is refused.
 */
import { openSqliteStore } from "../store/sqlite/sqlite-store";
import type { StepWrite } from "../store/store";
import type { ExecutionRecord } from "../store/records";
import { GroupCommit } from "./group-commit";

function execution(arn: string): ExecutionRecord {
  return {
    executionArn: arn,
    stateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:m",
    name: arn.split(":").pop() as string,
    status: "RUNNING",
    startDate: 1,
    input: "{}",
    definition: "{}",
    roleArn: "arn:aws:iam::123456789012:role/r",
    type: "STANDARD",
    redriveCount: 0,
    runtime: { nextEventId: 1, nextSeq: 0 },
  };
}

function step(record: ExecutionRecord, eventId: number): StepWrite {
  return {
    execution: { ...record, status: "SUCCEEDED" },
    events: [{ id: eventId, previousEventId: 0, timestamp: 1, type: "ExecutionStarted" }],
    upsertFrames: [],
    deleteFrames: [],
  };
}

describe("group commit", () => {
  it("writes the steps of several executions together and resolves each", async () => {
    const store = openSqliteStore(undefined);
    const a = execution("arn:aws:states:us-east-1:123456789012:execution:m:a");
    const b = execution("arn:aws:states:us-east-1:123456789012:execution:m:b");
    for (const record of [a, b]) store.createExecution({ execution: record, events: [], upsertFrames: [], deleteFrames: [] });
    const commits = new GroupCommit(store);
    await Promise.all([commits.write(step(a, 1)), commits.write(step(b, 1))]);
    expect(store.getExecution(a.executionArn)?.status).toBe("SUCCEEDED");
    expect(store.getHistory(b.executionArn, { limit: 10, reverse: false }).events).toHaveLength(1);
    store.close();
  });

  it("fails only the bad write when one write of a batch is refused", async () => {
    const store = openSqliteStore(undefined);
    const good = execution("arn:aws:states:us-east-1:123456789012:execution:m:good");
    const bad = execution("arn:aws:states:us-east-1:123456789012:execution:m:bad");
    for (const record of [good, bad]) store.createExecution({ execution: record, events: [], upsertFrames: [], deleteFrames: [] });
    const commits = new GroupCommit(store);
    const badWrite = step(bad, 1);
    badWrite.events.push({ id: 1, previousEventId: 0, timestamp: 1, type: "ExecutionStarted" });
    const results = await Promise.allSettled([commits.write(step(good, 1)), commits.write(badWrite)]);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected"]);
    expect(store.getExecution(good.executionArn)?.status).toBe("SUCCEEDED");
    expect(store.getExecution(bad.executionArn)?.status).toBe("RUNNING");
    store.close();
  });
});
