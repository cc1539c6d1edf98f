/**
 * What every benchmark shares: the Benchmark and result shapes, the time box a run must finish in, and
 * small timing and formatting helpers.
 */
import type { Launch } from "./emulator-process";

/** One row of the figures table. */
export interface BenchmarkResult {
  name: string;
  /** The headline figure as printed, or "did not finish". */
  figure: string;
  aim: string;
  /** undefined when the benchmark did not finish. */
  met: boolean | undefined;
  /** Secondary measurements, one short phrase each. */
  details: string[];
}

export interface BenchContext {
  launch: Launch;
  /** node flags for the emulator child, e.g. --cpu-prof. */
  nodeFlags: string[];
  /** Scales the workload, for a quick smoke run (1 = the sizes in the README). */
  scale: number;
  log(line: string): void;
}

export interface Benchmark {
  id: string;
  title: string;
  /** The whole benchmark is abandoned after this many milliseconds. */
  timeoutMs: number;
  run(context: BenchContext, deadline: Deadline): Promise<BenchmarkResult>;
}

/** Thrown when a benchmark's time box runs out; carries what had been measured so far. */
export class DidNotFinish extends Error {
  constructor(readonly progress: string) {
    super(`did not finish: ${progress}`);
  }
}

/** A benchmark's time box, checked inside its polling loops. */
export class Deadline {
  private readonly endsAt: number;

  constructor(readonly timeoutMs: number) {
    this.endsAt = performance.now() + timeoutMs;
  }

  get remainingMs(): number {
    return this.endsAt - performance.now();
  }

  check(progress: () => string): void {
    if (this.remainingMs <= 0) throw new DidNotFinish(progress());
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function ms(value: number): string {
  return value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`;
}

export function mb(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** A Wire timestamp (epoch seconds with a fraction) in milliseconds. */
export function wireMillis(value: unknown): number {
  return typeof value === "number" ? value * 1000 : Number.NaN;
}
