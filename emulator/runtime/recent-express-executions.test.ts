/** The memory of ended Express executions stays bounded: by count, then by the size of their texts. */
import type { ExecutionRecord } from "../store/records";
import { RECENT_EXPRESS_LIMITS, RecentExpressExecutions } from "./recent-express-executions";

function ended(name: string, output = "{}"): ExecutionRecord {
  return {
    executionArn: `arn:aws:states:us-east-1:123456789012:express:m:${name}`,
    stateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:m",
    name,
    status: "SUCCEEDED",
    startDate: 0,
    stopDate: 0,
    input: "{}",
    output,
    definition: "{}",
    roleArn: "arn:aws:iam::123456789012:role/r",
    type: "EXPRESS",
    redriveCount: 0,
    runtime: { nextEventId: 1, nextSeq: 0 },
  };
}

describe("RecentExpressExecutions", () => {
  it("forgets the oldest once more than the limit have ended", () => {
    const recent = new RecentExpressExecutions();
    for (let n = 0; n <= RECENT_EXPRESS_LIMITS.executions; n += 1) recent.remember(ended(`e${n}`));
    expect(recent.get(ended("e0").executionArn)).toBeUndefined();
    expect(recent.get(ended("e1").executionArn)?.name).toBe("e1");
    expect(recent.get(ended(`e${RECENT_EXPRESS_LIMITS.executions}`).executionArn)?.name).toBe(`e${RECENT_EXPRESS_LIMITS.executions}`);
  });

  it("forgets the oldest once their outputs pass the size limit", () => {
    const recent = new RecentExpressExecutions();
    const large = `"${"x".repeat(RECENT_EXPRESS_LIMITS.characters / 2)}"`;
    recent.remember(ended("first", large));
    recent.remember(ended("second", large));
    expect(recent.get(ended("first").executionArn)).toBeUndefined();
    expect(recent.get(ended("second").executionArn)?.name).toBe("second");
  });
});
