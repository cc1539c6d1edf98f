/** Waiting for an execution to end through the emulator's long-poll endpoint, not by polling. */
import { DescribeExecutionCommand, type DescribeExecutionCommandOutput, type ExecutionStatus, type SFNClient } from "@aws-sdk/client-sfn";

/** One long-poll request holds the connection at most this long; longer waits repeat it. */
const LONG_POLL_SECONDS = 50;

/**
 * Resolves with DescribeExecution's result once the execution has ended, waiting on
 * `GET /_emulator/executions/wait` instead of polling; rejects after `timeoutMs`. An Express
 * execution, which DescribeExecution does not serve, is answered from the wait endpoint alone.
 */
export async function waitForExecution(
  endpoint: string,
  client: SFNClient,
  executionArn: string,
  { timeoutMs = 60_000 }: { timeoutMs?: number } = {},
): Promise<DescribeExecutionCommandOutput> {
  const deadline = Date.now() + timeoutMs;
  let body: unknown;
  for (;;) {
    const left = deadline - Date.now();
    const seconds = Math.max(0, Math.min(LONG_POLL_SECONDS, Math.ceil(left / 1000)));
    const url = `${endpoint}/_emulator/executions/wait?executionArn=${encodeURIComponent(executionArn)}&timeoutSeconds=${seconds}`;
    const answer = await fetch(url);
    body = await answer.json();
    if (!answer.ok) throw new Error(`waiting for ${executionArn}: ${describeError(body)}`);
    if (statusOf(body) !== "RUNNING") break;
    if (Date.now() >= deadline) throw new Error(`execution still RUNNING after ${timeoutMs} ms: ${executionArn}`);
  }
  if (executionArn.split(":")[5] === "express") return describedFromWire(body);
  return client.send(new DescribeExecutionCommand({ executionArn }));
}

const STATUSES: readonly ExecutionStatus[] = ["RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED", "PENDING_REDRIVE"];

/** The wait endpoint's JSON answer in the SDK's shape, as DescribeExecutionCommand would have parsed it. */
function describedFromWire(body: unknown): DescribeExecutionCommandOutput {
  const fields = new Map(Object.entries(typeof body === "object" && body !== null ? body : {}));
  const text = (key: string): string | undefined => {
    const value: unknown = fields.get(key);
    return typeof value === "string" ? value : undefined;
  };
  const date = (key: string): Date | undefined => {
    const value: unknown = fields.get(key);
    return typeof value === "number" ? new Date(value * 1000) : undefined;
  };
  return {
    $metadata: {},
    executionArn: text("executionArn"),
    stateMachineArn: text("stateMachineArn"),
    name: text("name"),
    status: STATUSES.find((status) => status === text("status")),
    startDate: date("startDate"),
    stopDate: date("stopDate"),
    input: text("input"),
    output: text("output"),
    error: text("error"),
    cause: text("cause"),
  };
}

function statusOf(body: unknown): unknown {
  return typeof body === "object" && body !== null && "status" in body ? body.status : undefined;
}

function describeError(body: unknown): string {
  if (typeof body === "object" && body !== null && "__type" in body && "message" in body) return `${String(body.__type)}: ${String(body.message)}`;
  return JSON.stringify(body);
}
