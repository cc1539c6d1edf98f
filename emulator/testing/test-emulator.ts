/**
 * Helpers for the emulator's own tests: an in-memory emulator with a real SDK client, and shortcuts to
 * create machines, start executions and await their end or events.
 */
import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  GetExecutionHistoryCommand,
  SFNClient,
  StartExecutionCommand,
  type DescribeExecutionCommandOutput,
  type HistoryEvent,
} from "@aws-sdk/client-sfn";
import { createEmulator, type Emulator } from "../index";
import type { Config } from "../config";

/**
 * An in-memory emulator on an ephemeral port (Wait states skipped unless overridden), with a real
 * SDK client pointed at it that never retries and keeps sync operations on localhost.
 */
export async function startTestEmulator(overrides: Partial<Config> = {}): Promise<{ emulator: Emulator; sfn: SFNClient }> {
  const emulator = await createEmulator({ port: 0, inMemory: true, logLevel: "silent", waitTimeScale: 0, ...overrides });
  const sfn = new SFNClient({
    endpoint: emulator.url,
    region: "us-east-1",
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
    maxAttempts: 1,
    disableHostPrefix: true,
  });
  return { emulator, sfn };
}

/**
 * Starts a test emulator before the file's (or describe block's) tests and stops it after them;
 * `onStart` receives it, usually to set the test's `emulator` and `sfn` variables.
 */
export function useTestEmulator(
  overrides: Partial<Config>,
  onStart: (started: { emulator: Emulator; sfn: SFNClient }) => void,
): void {
  let started: { emulator: Emulator; sfn: SFNClient } | undefined;
  beforeAll(async () => {
    started = await startTestEmulator(overrides);
    onStart(started);
  });
  afterAll(async () => {
    started?.sfn.destroy();
    await started?.emulator.close();
  });
}

/** The rejection of a call, with the SDK's error name, message and HTTP status; throws if the call succeeded. */
export async function failure(call: Promise<unknown>): Promise<{ name: string; message: string; status: number | undefined }> {
  try {
    await call;
  } catch (error) {
    const e = error as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
    return { name: e.name, message: e.message, status: e.$metadata?.httpStatusCode };
  }
  throw new Error("the call succeeded");
}

let counter = 0;

export async function createMachine(sfn: SFNClient, definition: object, name = `machine-${++counter}`): Promise<string> {
  const created = await sfn.send(
    new CreateStateMachineCommand({ name, definition: JSON.stringify(definition), roleArn: "arn:aws:iam::123456789012:role/test" }),
  );
  return created.stateMachineArn as string;
}

export async function startExecution(sfn: SFNClient, stateMachineArn: string, input: unknown = {}): Promise<string> {
  const started = await sfn.send(new StartExecutionCommand({ stateMachineArn, input: JSON.stringify(input) }));
  return started.executionArn as string;
}

/** DescribeExecution once the execution has left RUNNING (polled, as a client would). */
export async function settledExecution(
  sfn: SFNClient,
  executionArn: string,
  timeoutMs = 10_000,
): Promise<DescribeExecutionCommandOutput> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const described = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    if (described.status !== "RUNNING") return described;
    if (Date.now() > deadline) throw new Error(`execution still running: ${executionArn}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The execution's history once it has ended (polled, as a client would). */
export async function finalHistory(sfn: SFNClient, executionArn: string, timeoutMs = 15_000): Promise<HistoryEvent[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const history = await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000 }));
    const events = history.events ?? [];
    const last = events[events.length - 1]?.type ?? "";
    if (/^Execution(Succeeded|Failed|TimedOut|Aborted)$/.test(last)) return events;
    if (Date.now() > deadline) throw new Error(`execution still running: ${events.map((e) => e.type).join(", ")}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Waits until the history holds an event of the type, and returns it. */
export async function waitForEvent(sfn: SFNClient, executionArn: string, type: string, timeoutMs = 10_000): Promise<HistoryEvent> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const history = await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000 }));
    const found = history.events?.find((event) => event.type === type);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no ${type} event`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export function types(events: HistoryEvent[]): string[] {
  return events.map((event) => event.type as string);
}
