/**
 * How a state's Retry list handles an error: which retrier decides, whether it has attempts left, and the
 * backoff delay.
 */
import type { Retrier } from "../definition/types";
import { errorMatches } from "./error-matching";

export const DEFAULT_INTERVAL_SECONDS = 1;
export const DEFAULT_MAX_ATTEMPTS = 3;
export const DEFAULT_BACKOFF_RATE = 2;

/**
 * Delay before retry number `attempt` (0 for the first retry): IntervalSeconds * BackoffRate^attempt,
 * capped by MaxDelaySeconds, and with FULL jitter a uniform draw in [0, delay).
 */
export function retryDelayMillis(retrier: Retrier, attempt: number, random: () => number): number {
  const interval = retrier.IntervalSeconds ?? DEFAULT_INTERVAL_SECONDS;
  const backoff = retrier.BackoffRate ?? DEFAULT_BACKOFF_RATE;
  let seconds = interval * Math.pow(backoff, attempt);
  if (retrier.MaxDelaySeconds !== undefined) seconds = Math.min(seconds, retrier.MaxDelaySeconds);
  if (retrier.JitterStrategy === "FULL") seconds = random() * seconds;
  return Math.floor(seconds * 1000);
}

/** Whether a retrier still has attempts left after `used` retries. */
export function hasAttemptsLeft(retrier: Retrier, used: number): boolean {
  return used < (retrier.MaxAttempts ?? DEFAULT_MAX_ATTEMPTS);
}

/**
 * The retry a state's Retry list grants for an error: the first retrier whose ErrorEquals matches
 * decides, and grants nothing once its attempts are used (later retriers are not consulted).
 */
export function nextRetry(
  retriers: readonly Retrier[],
  attemptsUsed: readonly number[],
  error: string,
  random: () => number,
): { retrierIndex: number; delayMillis: number } | undefined {
  const matched = matchingRetrier(retriers, error);
  if (matched === undefined) return undefined;
  const used = attemptsUsed[matched.index] ?? 0;
  if (!hasAttemptsLeft(matched.retrier, used)) return undefined;
  return { retrierIndex: matched.index, delayMillis: retryDelayMillis(matched.retrier, used, random) };
}

/** The retrier that decides for an error (the first whose ErrorEquals matches), whether or not it has attempts left. */
export function matchingRetrier(retriers: readonly Retrier[], error: string): { retrier: Retrier; index: number } | undefined {
  const index = retriers.findIndex((retrier) => errorMatches(retrier.ErrorEquals, error));
  const retrier = retriers[index];
  return retrier === undefined ? undefined : { retrier, index };
}
