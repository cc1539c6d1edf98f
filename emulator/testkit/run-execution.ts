/** The test kit's `emu.run`: starts an execution, waits for its end, gives its output and full history. */
import {
  GetExecutionHistoryCommand,
  StartExecutionCommand,
  type ExecutionStatus,
  type HistoryEvent,
  type SFNClient,
} from "@aws-sdk/client-sfn";
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

/** Starts an execution and resolves when it has ended, with its output and history. */
export async function runExecution(
  endpoint: string,
  client: SFNClient,
  stateMachineArn: string,
  input: unknown,
  options: RunOptions = {},
): Promise<RunResult> {
  const target = options.testCase === undefined ? stateMachineArn : `${stateMachineArn}#${options.testCase}`;
  const started = await client.send(
    new StartExecutionCommand({ stateMachineArn: target, input: JSON.stringify(input ?? {}), ...(options.name === undefined ? {} : { name: options.name }) }),
  );
  const executionArn = started.executionArn ?? "";
  // AWS keeps no record of an Express execution to wait on or read a history from.
  if (executionArn.split(":")[5] === "express") {
    throw new Error(`emu.run waits for Standard executions; start Express state machines with StartSyncExecutionCommand (${executionArn})`);
  }
  const described = await waitForExecution(endpoint, client, executionArn, options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs });
  const history = await fullHistory(client, executionArn);
  return {
    executionArn,
    status: described.status ?? "RUNNING",
    output: described.output === undefined ? undefined : (JSON.parse(described.output) as unknown),
    error: described.error,
    cause: described.cause,
    history,
    statesVisited: history.flatMap((event) => (event.stateEnteredEventDetails?.name === undefined ? [] : [event.stateEnteredEventDetails.name])),
  };
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
