/**
 * A minimal Step Functions JSON 1.0 client over node:http for benchmarks, cheaper per call than the
 * SDK, with helpers to create machines, list executions and wait for one to end.
 */
import http from "node:http";
import { sleep, type Deadline } from "./benchmark";

/** How often waitForEnd polls unless told otherwise. */
const POLL_MS = 2;

/** An AWS error answer, kept with its wire code so a benchmark can report what went wrong. */
export class SfnWireError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(`${code}: ${message}`);
  }
}

/**
 * A minimal AWS JSON 1.0 client over node:http with keep-alive: the SDK's middleware stack costs
 * about as much CPU per call as the emulator does, and both share the same two cores here.
 */
export class SfnWireClient {
  private readonly agent: http.Agent;
  private readonly host: string;
  private readonly port: number;

  constructor(url: string, maxSockets = 64) {
    const parsed = new URL(url);
    if (parsed.hostname !== "127.0.0.1" && parsed.hostname !== "localhost") {
      throw new Error(`benchmarks talk only to 127.0.0.1, not ${parsed.hostname}`);
    }
    this.host = "127.0.0.1";
    this.port = Number(parsed.port);
    this.agent = new http.Agent({ keepAlive: true, maxSockets });
  }

  call<T = Record<string, unknown>>(operation: string, body: Record<string, unknown>): Promise<T> {
    const payload = JSON.stringify(body);
    return new Promise<T>((resolve, reject) => {
      const request = http.request(
        {
          host: this.host,
          port: this.port,
          method: "POST",
          path: "/",
          agent: this.agent,
          headers: {
            "Content-Type": "application/x-amz-json-1.0",
            "X-Amz-Target": `AWSStepFunctions.${operation}`,
            "Content-Length": Buffer.byteLength(payload),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            let parsed: Record<string, unknown>;
            try {
              parsed = text === "" ? {} : (JSON.parse(text) as Record<string, unknown>);
            } catch {
              reject(new Error(`${operation}: HTTP ${response.statusCode} with a body that is not JSON: ${text.slice(0, 200)}`));
              return;
            }
            const status = response.statusCode ?? 0;
            if (status >= 400) {
              const code = String(parsed["__type"] ?? "Unknown").split("#").pop() ?? "Unknown";
              reject(new SfnWireError(code, String(parsed["message"] ?? parsed["Message"] ?? ""), status));
              return;
            }
            resolve(parsed as T);
          });
          response.on("error", reject);
        },
      );
      request.on("error", reject);
      request.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

export interface ExecutionListItem {
  executionArn: string;
  status: string;
  startDate: number;
  stopDate?: number;
}

/** Lists every execution of a state machine with a status, following nextToken. */
export async function listAllExecutions(
  client: SfnWireClient,
  stateMachineArn: string,
  statusFilter?: string,
): Promise<ExecutionListItem[]> {
  const all: ExecutionListItem[] = [];
  let nextToken: string | undefined;
  do {
    const body: Record<string, unknown> = { stateMachineArn, maxResults: 1000 };
    if (statusFilter !== undefined) body["statusFilter"] = statusFilter;
    if (nextToken !== undefined) body["nextToken"] = nextToken;
    const page = await client.call<{ executions: ExecutionListItem[]; nextToken?: string }>("ListExecutions", body);
    all.push(...page.executions);
    nextToken = page.nextToken;
  } while (nextToken !== undefined);
  return all;
}

export const BENCH_ROLE_ARN = "arn:aws:iam::123456789012:role/bench";

/** Creates a state machine and returns its ARN. */
export async function createStateMachine(
  client: SfnWireClient,
  name: string,
  definition: unknown,
  type: "STANDARD" | "EXPRESS" = "STANDARD",
): Promise<string> {
  const created = await client.call<{ stateMachineArn: string }>("CreateStateMachine", {
    name,
    definition: JSON.stringify(definition),
    roleArn: BENCH_ROLE_ARN,
    type,
  });
  return created.stateMachineArn;
}

export interface ExecutionDescription {
  status: string;
  output?: string;
  startDate: number;
  stopDate?: number;
  error?: string;
  cause?: string;
}

/** Polls DescribeExecution until the execution leaves RUNNING. */
export async function waitForEnd(
  client: SfnWireClient,
  executionArn: string,
  deadline: Deadline,
  progress: () => string,
  pollMs = POLL_MS,
): Promise<ExecutionDescription> {
  for (;;) {
    const description = await client.call<ExecutionDescription>("DescribeExecution", { executionArn });
    if (description.status !== "RUNNING") return description;
    deadline.check(progress);
    await sleep(pollMs);
  }
}
