/**
 * The test kit's `emu.run`: starts an execution, waits for its end, gives its output and full history;
 * a Standard one's from the API, an Express one's (which no API keeps) as the emulator's process heard it.
 */
import {
  GetExecutionHistoryCommand,
  StartExecutionCommand,
  type ExecutionStatus,
  type HistoryEvent,
  type SFNClient,
} from "@aws-sdk/client-sfn";
import type { ExpressRunRecorder, RecordedRun } from "./express-run-recorder";
import { toSdkHistoryEvent } from "./sdk-history-event";
import { waitForExecution } from "./wait-for-execution";

export interface RunOptions {
  /** The execution's name; a generated one (reproducible with a seed) otherwise. */
  name?: string;
  /** A mock config test case, as `<stateMachineArn>#<TestCase>` selects it. */
  testCase?: string;
  /** How long to wait for the end; default 60 s of real time. */
  timeoutMs?: number;
}

/** How an execution ended, as `emu.run` answers and the matchers read it. */
export interface RunResult {
  executionArn: string;
  status: ExecutionStatus;
  /** The output, parsed; undefined unless it succeeded. */
  output: unknown;
  error: string | undefined;
  cause: string | undefined;
  /** The whole history, oldest event first. */
  history: HistoryEvent[];
  /** The names of the states entered, in order (Parallel branches and Map iterations included). */
  statesVisited: string[];
}

const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Starts an execution and resolves when it has ended, with its output and history. An Express
 * execution is heard through `recorder`, which records from before the start: it may end before
 * StartExecution has answered.
 */
export async function runExecution(
  endpoint: string,
  client: SFNClient,
  stateMachineArn: string,
  input: unknown,
  options: RunOptions = {},
  recorder?: ExpressRunRecorder,
): Promise<RunResult> {
  const target = options.testCase === undefined ? stateMachineArn : `${stateMachineArn}#${options.testCase}`;
  const recording = recorder?.begin();
  try {
    const started = await client.send(
      new StartExecutionCommand({ stateMachineArn: target, input: JSON.stringify(input ?? {}), ...(options.name === undefined ? {} : { name: options.name }) }),
    );
    const executionArn = started.executionArn ?? "";
    if (executionArn.split(":")[5] === "express") {
      if (!recording) throw new Error(`emu.run hears Express executions only in the emulator's own process (${executionArn})`);
      return expressResult(await recording.ended(executionArn, options.timeoutMs ?? DEFAULT_TIMEOUT_MS));
    }
    recording?.release();
    const described = await waitForExecution(endpoint, client, executionArn, options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs });
    const history = await fullHistory(client, executionArn);
    return {
      executionArn,
      status: described.status ?? "RUNNING",
      output: described.output === undefined ? undefined : (JSON.parse(described.output) as unknown),
      error: described.error,
      cause: described.cause,
      history,
      statesVisited: statesVisited(history),
    };
  } finally {
    recording?.release();
  }
}

function expressResult({ record, events }: RecordedRun): RunResult {
  const history = events.map(toSdkHistoryEvent);
  return {
    executionArn: record.executionArn,
    status: record.status,
    output: record.output === undefined ? undefined : (JSON.parse(record.output) as unknown),
    error: record.error,
    cause: record.cause,
    history,
    statesVisited: statesVisited(history),
  };
}

function statesVisited(history: readonly HistoryEvent[]): string[] {
  return history.flatMap((event) => (event.stateEnteredEventDetails?.name === undefined ? [] : [event.stateEnteredEventDetails.name]));
}

export async function fullHistory(client: SFNClient, executionArn: string): Promise<HistoryEvent[]> {
  const events: HistoryEvent[] = [];
  let nextToken: string | undefined;
  do {
    const page = await client.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000, ...(nextToken === undefined ? {} : { nextToken }) }));
    events.push(...(page.events ?? []));
    nextToken = page.nextToken;
  } while (nextToken !== undefined);
  return events;
}
