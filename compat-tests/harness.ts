/** Starts the emulators (and a seeded fake S3) the recorded cases replay against, and the mock config they share. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { SFNClient } from "@aws-sdk/client-sfn";
import type { Config } from "../emulator/config";
import { createEmulator, type Emulator } from "../emulator/index";
import { FakeS3Server } from "../emulator/integrations/testing/fake-s3-server";
import type { CompatCase } from "./case-loader";
import { planExternalCase, type ExternalPlan } from "./external-mocks";
import { mergeMockConfigs, mockedCaseSource, writeMockConfig, type MockConfigSource } from "./mock-config";
import { CaseSkipped, type ClockedEmulator, type RunContext } from "./run-context";
import { createSfnClient, REPLAY_ACCOUNT, REPLAY_REGION } from "./sfn-client";

export interface HarnessOptions {
  /** Use an emulator that is already running instead of starting one (real-time and mocked cases are then skipped). */
  endpoint?: string;
  timeoutMs?: number;
}

export interface Harness {
  ctx: RunContext;
  close(): Promise<void>;
}

/** The mock config sources of the selected cases: mocked_execution cases and the external cases mocks can serve. */
export function mockSources(cases: readonly CompatCase[]): MockConfigSource[] {
  const out: MockConfigSource[] = [];
  for (const c of cases) {
    if (c.kind === "mocked_execution") {
      const s = mockedCaseSource(c);
      if (s) out.push(s);
    } else if (c.kind === "execution_external") {
      const p = planExternalCase(c);
      if (p.plan) out.push(p.plan.mock);
    }
  }
  return out;
}

/** The S3 buckets and objects the selected external cases set up before they ran. */
export function s3Setups(cases: readonly CompatCase[]): Array<ExternalPlan["s3"]> {
  const out: Array<ExternalPlan["s3"]> = [];
  for (const c of cases) {
    if (c.kind !== "execution_external") continue;
    const p = planExternalCase(c);
    if (p.plan) out.push(p.plan.s3);
  }
  return out;
}

/** A fake S3 endpoint holding what the cases put in S3, for ItemReader and ResultWriter. */
async function startSeededS3(cases: readonly CompatCase[]): Promise<{ url: string; server: FakeS3Server }> {
  const server = new FakeS3Server();
  const url = await server.start();
  for (const setup of s3Setups(cases)) {
    for (const bucket of setup.buckets) server.createBucket(bucket);
    for (const object of setup.objects) server.putObject(object.bucket, object.key, object.body);
  }
  return { url, server };
}

/**
 * Starts in-memory emulators on ephemeral ports: one with waitTimeScale 0 at once, and lazily one
 * with real waits, one with the merged mock config of the selected cases, and that mock config on a
 * virtual clock and on an auto clock.
 */
export async function startHarness(cases: readonly CompatCase[], options: HarnessOptions = {}): Promise<Harness> {
  const timeoutMs = options.timeoutMs ?? 20000;
  const emulators: Emulator[] = [];
  const tempFiles: string[] = [];
  const s3Servers: FakeS3Server[] = [];
  const base: Partial<Config> = { port: 0, inMemory: true, account: REPLAY_ACCOUNT, region: REPLAY_REGION, logLevel: "silent" };
  const startEmulator = async (overrides: Partial<Config>): Promise<Emulator> => {
    const emulator = await createEmulator({ ...base, ...overrides });
    emulators.push(emulator);
    return emulator;
  };
  const start = async (overrides: Partial<Config>): Promise<SFNClient> => createSfnClient((await startEmulator(overrides)).url);
  const lazy = <T>(make: () => Promise<T>): (() => Promise<T>) => {
    let pending: Promise<T> | undefined;
    return () => (pending ??= make());
  };
  let client: SFNClient;
  let realTimeClient: () => Promise<SFNClient>;
  let mockedClient: () => Promise<SFNClient>;
  let clockedEmulator: () => Promise<ClockedEmulator>;
  let autoClockedClient: () => Promise<SFNClient>;
  if (options.endpoint !== undefined) {
    client = createSfnClient(options.endpoint);
    realTimeClient = () => Promise.reject(new CaseSkipped("needs real waits: not available with --endpoint"));
    mockedClient = () => Promise.reject(new CaseSkipped("needs the emulator started with a mock config: not available with --endpoint"));
    clockedEmulator = () => Promise.reject(new CaseSkipped("needs the emulator started with a mock config: not available with --endpoint"));
    autoClockedClient = () => Promise.reject(new CaseSkipped("needs the emulator started with a mock config and an auto clock: not available with --endpoint"));
  } else {
    client = await start({ waitTimeScale: 0 });
    realTimeClient = lazy(() => start({ waitTimeScale: 1 }));
    // The mocked emulators share one mock config file and one seeded fake S3.
    const mockedConfig = lazy(async (): Promise<Partial<Config>> => {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sfn-compat-")), "MockConfigFile.json");
      writeMockConfig(file, mergeMockConfigs(mockSources(cases)));
      tempFiles.push(file);
      const s3 = await startSeededS3(cases);
      s3Servers.push(s3.server);
      return { mockConfigPath: file, endpoints: { s3: s3.url } };
    });
    mockedClient = lazy(async () => start({ waitTimeScale: 0, ...(await mockedConfig()) }));
    clockedEmulator = lazy(async () => {
      const emulator = await startEmulator({ waitTimeScale: 1, clock: "virtual", ...(await mockedConfig()) });
      return { client: createSfnClient(emulator.url), now: () => readClock(emulator.url) };
    });
    autoClockedClient = lazy(async () => start({ waitTimeScale: 1, clock: "auto", ...(await mockedConfig()) }));
  }
  return {
    ctx: { client, realTimeClient, mockedClient, clockedEmulator, autoClockedClient, timeoutMs },
    close: async () => {
      await Promise.all(emulators.map((e) => e.close()));
      await Promise.all(s3Servers.map((s) => s.stop()));
      for (const f of tempFiles) fs.rmSync(path.dirname(f), { recursive: true, force: true });
    },
  };
}

/** The emulator's clock, read as any client reads it: `GET /_emulator/clock`. */
async function readClock(url: string): Promise<number> {
  const response = await fetch(`${url}/_emulator/clock`);
  const body: unknown = await response.json();
  const millis = typeof body === "object" && body !== null && "epochMillis" in body ? body.epochMillis : undefined;
  if (typeof millis !== "number") throw new Error(`GET /_emulator/clock answered ${JSON.stringify(body)}`);
  return millis;
}
