/** Tests of Retry: the backoff delay, its cap and jitter, MaxAttempts, and which retrier decides. */
import { hasAttemptsLeft, nextRetry, retryDelayMillis } from "./retry-policy";

describe("retry timing", () => {
  it("waits IntervalSeconds times BackoffRate to the power of the attempt", () => {
    const retrier = { ErrorEquals: ["States.ALL"], IntervalSeconds: 2, BackoffRate: 3 };
    expect([0, 1, 2].map((attempt) => retryDelayMillis(retrier, attempt, () => 0.5))).toEqual([2000, 6000, 18000]);
  });

  it("defaults to a 1 s interval doubling each time", () => {
    const retrier = { ErrorEquals: ["States.ALL"] };
    expect([0, 1, 2].map((attempt) => retryDelayMillis(retrier, attempt, () => 0.5))).toEqual([1000, 2000, 4000]);
  });

  it("caps the delay at MaxDelaySeconds", () => {
    const retrier = { ErrorEquals: ["States.ALL"], IntervalSeconds: 10, BackoffRate: 10, MaxDelaySeconds: 30 };
    expect(retryDelayMillis(retrier, 3, () => 0.5)).toBe(30000);
  });

  it("draws a FULL jitter delay uniformly below the capped delay", () => {
    const retrier = { ErrorEquals: ["States.ALL"], IntervalSeconds: 4, MaxDelaySeconds: 5, JitterStrategy: "FULL" as const };
    expect(retryDelayMillis(retrier, 2, () => 0)).toBe(0);
    expect(retryDelayMillis(retrier, 2, () => 0.5)).toBe(2500);
    expect(retryDelayMillis(retrier, 2, () => 0.999999)).toBeLessThan(5000);
  });

  it("keeps a NONE jitter delay exact", () => {
    const retrier = { ErrorEquals: ["States.ALL"], IntervalSeconds: 3, JitterStrategy: "NONE" as const };
    expect(retryDelayMillis(retrier, 0, () => 0.1)).toBe(3000);
  });

  it("counts MaxAttempts retries, and none for MaxAttempts 0", () => {
    expect(hasAttemptsLeft({ ErrorEquals: ["X"], MaxAttempts: 2 }, 1)).toBe(true);
    expect(hasAttemptsLeft({ ErrorEquals: ["X"], MaxAttempts: 2 }, 2)).toBe(false);
    expect(hasAttemptsLeft({ ErrorEquals: ["X"], MaxAttempts: 0 }, 0)).toBe(false);
    expect(hasAttemptsLeft({ ErrorEquals: ["X"] }, 2)).toBe(true);
    expect(hasAttemptsLeft({ ErrorEquals: ["X"] }, 3)).toBe(false);
  });
});

describe("choosing a retry", () => {
  const retriers = [
    { ErrorEquals: ["Custom"], MaxAttempts: 1, IntervalSeconds: 2 },
    { ErrorEquals: ["States.ALL"], IntervalSeconds: 1 },
  ];

  it("takes the first retrier whose ErrorEquals matches, with its delay", () => {
    expect(nextRetry(retriers, [], "Custom", () => 0.5)).toEqual({ retrierIndex: 0, delayMillis: 2000 });
    expect(nextRetry(retriers, [], "Other", () => 0.5)).toEqual({ retrierIndex: 1, delayMillis: 1000 });
  });

  it("grants nothing once the matching retrier is used up, without falling through to a later one", () => {
    expect(nextRetry(retriers, [1], "Custom", () => 0.5)).toBeUndefined();
  });

  it("grants nothing when no retrier matches", () => {
    expect(nextRetry([{ ErrorEquals: ["Custom"] }], [], "Other", () => 0.5)).toBeUndefined();
  });
});
