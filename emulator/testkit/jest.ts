/**
 * `sfn-emulator/jest`: matchers for what `emu.run` resolves with. Importing this file registers
 * them with the global `expect` (Jest, or Vitest with globals); `sfnMatchers` is there for an
 * explicit `expect.extend(sfnMatchers)`.
 */
import { isDeepStrictEqual } from "node:util";
import type { RunResult } from "./run-execution";

/** The part of Jest's and Vitest's matcher context these matchers use. */
interface MatcherContext {
  isNot?: boolean;
  /** The runner's own equality, which understands asymmetric matchers such as expect.any(). */
  equals?(a: unknown, b: unknown): boolean;
}

interface MatcherResult {
  pass: boolean;
  message(): string;
}

declare global {
  namespace jest {
    interface Matchers<R> {
      /** The execution ended SUCCEEDED. */
      toHaveSucceeded(): R;
      /** The execution ended SUCCEEDED with this (parsed) output. */
      toHaveSucceededWith(output: unknown): R;
      /** The execution ended FAILED with this error, and this cause when given. */
      toHaveFailedWith(error: string, cause?: string): R;
      /** Every one of these states was entered at least once. */
      toHaveVisited(states: readonly string[]): R;
      /** These states were entered in this order (others may come between). */
      toHaveVisitedInOrder(states: readonly string[]): R;
    }
  }
}

export const sfnMatchers = {
  toHaveSucceeded(this: MatcherContext, received: unknown): MatcherResult {
    const run = asRun(received);
    return {
      pass: run.status === "SUCCEEDED",
      message: () => `expected the execution ${this.isNot ? "not " : ""}to succeed, it ended ${ending(run)}`,
    };
  },

  toHaveSucceededWith(this: MatcherContext, received: unknown, output: unknown): MatcherResult {
    const run = asRun(received);
    const pass = run.status === "SUCCEEDED" && equal(this, run.output, output);
    return {
      pass,
      message: () =>
        `expected the execution ${this.isNot ? "not " : ""}to succeed with ${JSON.stringify(output)}, it ended ${ending(run)}` +
        (run.status === "SUCCEEDED" ? ` with ${JSON.stringify(run.output)}` : ""),
    };
  },

  toHaveFailedWith(this: MatcherContext, received: unknown, error: string, cause?: string): MatcherResult {
    const run = asRun(received);
    const pass = run.status === "FAILED" && equal(this, run.error, error) && (cause === undefined || equal(this, run.cause, cause));
    const wanted = cause === undefined ? error : `${error} (${cause})`;
    return { pass, message: () => `expected the execution ${this.isNot ? "not " : ""}to fail with ${wanted}, it ended ${ending(run)}` };
  },

  toHaveVisited(this: MatcherContext, received: unknown, states: readonly string[]): MatcherResult {
    const run = asRun(received);
    const missing = states.filter((state) => !run.statesVisited.includes(state));
    return {
      pass: missing.length === 0,
      message: () =>
        this.isNot
          ? `expected the execution not to visit all of ${states.join(", ")}; it visited ${run.statesVisited.join(" > ")}`
          : `expected the execution to visit ${missing.join(", ")}; it visited ${run.statesVisited.join(" > ")}`,
    };
  },

  toHaveVisitedInOrder(this: MatcherContext, received: unknown, states: readonly string[]): MatcherResult {
    const run = asRun(received);
    let at = 0;
    for (const visited of run.statesVisited) if (visited === states[at]) at += 1;
    return {
      pass: at === states.length,
      message: () =>
        `expected the execution ${this.isNot ? "not " : ""}to visit ${states.join(" > ")} in that order; it visited ${run.statesVisited.join(" > ")}`,
    };
  },
};

function equal(context: MatcherContext, actual: unknown, expected: unknown): boolean {
  return context.equals ? context.equals(actual, expected) : isDeepStrictEqual(actual, expected);
}

function ending(run: RunResult): string {
  if (run.status === "SUCCEEDED" || run.status === "RUNNING") return run.status;
  return `${run.status}${run.error === undefined ? "" : ` with ${run.error}`}${run.cause === undefined ? "" : ` (${run.cause})`}`;
}

function asRun(received: unknown): RunResult {
  if (typeof received === "object" && received !== null && "status" in received && "statesVisited" in received && Array.isArray(received.statesVisited)) {
    // Shaped like emu.run's answer: the boundary where a matcher's `unknown` becomes a RunResult.
    return received as RunResult;
  }
  throw new TypeError("expected the result of emu.run(...): { status, output, error, cause, statesVisited, ... }");
}

/** Registers the matchers with the test runner's global expect, when there is one. */
function register(): void {
  const candidate: unknown = Reflect.get(globalThis, "expect");
  if (typeof candidate !== "function" && typeof candidate !== "object") return;
  const extend: unknown = candidate === null ? undefined : Reflect.get(candidate, "extend");
  if (typeof extend === "function") Reflect.apply(extend, candidate, [sfnMatchers]);
}

register();
