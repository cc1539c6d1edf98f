/** Waiting for an execution to end through the emulator's long-poll endpoint, not by polling. */
import { DescribeExecutionCommand, type DescribeExecutionCommandOutput, type SFNClient } from "@aws-sdk/client-sfn";

/** One long-poll request holds the connection at most this long; longer waits repeat it. */
const LONG_POLL_SECONDS = 50;

/**
 * Resolves with DescribeExecution's result once the execution has ended, waiting on
 * `GET /_emulator/executions/wait` instead of polling; rejects after `timeoutMs`.
 */
export async function waitForExecution(
  endpoint: string,
  client: SFNClient,
  executionArn: string,
  { timeoutMs = 60_000 }: { timeoutMs?: number } = {},
): Promise<DescribeExecutionCommandOutput> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = deadline - Date.now();
    const seconds = Math.max(0, Math.min(LONG_POLL_SECONDS, Math.ceil(left / 1000)));
    const url = `${endpoint}/_emulator/executions/wait?executionArn=${encodeURIComponent(executionArn)}&timeoutSeconds=${seconds}`;
    const answer = await fetch(url);
    const body: unknown = await answer.json();
    if (!answer.ok) throw new Error(`waiting for ${executionArn}: ${describeError(body)}`);
    if (statusOf(body) !== "RUNNING") break;
    if (Date.now() >= deadline) throw new Error(`execution still RUNNING after ${timeoutMs} ms: ${executionArn}`);
  }
  return client.send(new DescribeExecutionCommand({ executionArn }));
}

function statusOf(body: unknown): unknown {
  return typeof body === "object" && body !== null && "status" in body ? body.status : undefined;
}

function describeError(body: unknown): string {
  if (typeof body === "object" && body !== null && "__type" in body && "message" in body) return `${String(body.__type)}: ${String(body.message)}`;
  return JSON.stringify(body);
}
