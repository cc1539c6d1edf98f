/**
 * What every case runner shares: the running emulators and time budget it gets, the CaseSkipped
 * signal, and small helpers.
 */
import type { SFNClient } from "@aws-sdk/client-sfn";
import type { CompatCase } from "./case-loader";
import type { Diff } from "./compare";

/** What a case runner gets: clients of running emulators and its time budget. */
export interface RunContext {
  /** An emulator with waitTimeScale 0 (Wait states take no time). */
  client: SFNClient;
  /** An emulator with real waiting, for cases that act on an execution while it waits. */
  realTimeClient: () => Promise<SFNClient>;
  /** An emulator started with the mock config of the mocked cases, if it could be started. */
  mockedClient: () => Promise<SFNClient>;
  /** The same mock config on a virtual clock that moves only when told, for cases whose input formats "now". */
  clockedEmulator: () => Promise<ClockedEmulator>;
  /** The same mock config on an auto clock with real waits, which jumps to the next deadline when idle: for cases whose tasks time out. */
  autoClockedClient: () => Promise<SFNClient>;
  /** Budget for one execution or one polling step. */
  timeoutMs: number;
}

/** A client of an emulator, and its clock as `GET /_emulator/clock` reads it (epoch ms). */
export interface ClockedEmulator {
  client: SFNClient;
  now(): Promise<number>;
}

/** Thrown by a runner for a case it cannot replay here; the reason is reported. */
export class CaseSkipped extends Error {
  override readonly name = "CaseSkipped";
}

export type CaseRunner = (c: CompatCase, ctx: RunContext) => Promise<Diff[]>;

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A short random hex string for names, as the recorded tests used `short_uid()`. */
export function shortUid(length = 12): string {
  let out = "";
  while (out.length < length) out += Math.random().toString(16).slice(2);
  return out.slice(0, length);
}
