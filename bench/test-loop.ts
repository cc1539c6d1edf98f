/**
 * The test loop, as a test suite feels it: one client creates a 10-state machine with one mocked
 * Task, then runs 500 executions one after another, each started and awaited, once by polling
 * DescribeExecution every 10 ms and once by the long-poll `GET /_emulator/executions/wait`.
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { ms, sleep, type Benchmark, type Deadline } from "./benchmark";
import { EmulatorProcess } from "./emulator-process";
import { SfnWireClient, createStateMachine } from "./sfn-wire-client";

const EXECUTIONS = 500;
const POLL_MS = 10;
const WARM_UP = 20;
const MACHINE = "TestLoop";
const TEST_CASE = "Happy";
const AIM_PER_SECOND = 100;

/** Validate -> Charge (a mocked Lambda Task) -> eight more states of bookkeeping -> Done. */
export function testLoopMachine(): unknown {
  return {
    Comment: "10 states, one mocked Task",
    StartAt: "Validate",
    States: {
      Validate: { Type: "Pass", Parameters: { "orderId.$": "$.orderId", "amount.$": "$.amount" }, Next: "Charge" },
      Charge: {
        Type: "Task",
        Resource: "arn:aws:states:::lambda:invoke",
        Parameters: { FunctionName: "charge", "Payload.$": "$" },
        ResultSelector: { "charged.$": "$.Payload.charged" },
        ResultPath: "$.charge",
        Next: "Charged",
      },
      Charged: { Type: "Choice", Choices: [{ Variable: "$.charge.charged", NumericGreaterThan: 0, Next: "Receipt" }], Default: "Failed" },
      Receipt: { Type: "Pass", Result: { sent: true }, ResultPath: "$.receipt", Next: "Ledger" },
      Ledger: { Type: "Pass", Parameters: { "entry.$": "States.Format('order {}', $.orderId)" }, ResultPath: "$.ledger", Next: "Stock" },
      Stock: { Type: "Pass", Result: 1, ResultPath: "$.reserved", Next: "Ship" },
      Ship: { Type: "Pass", ResultPath: "$.shipped", Next: "Notify" },
      Notify: { Type: "Pass", Next: "Done" },
      Done: { Type: "Succeed" },
      Failed: { Type: "Fail", Error: "NotCharged", Cause: "the charge was refused" },
    },
  };
}

function mockConfig(): unknown {
  return {
    StateMachines: { [MACHINE]: { TestCases: { [TEST_CASE]: { Charge: "ChargeOk" } } } },
    MockedResponses: { ChargeOk: { "0": { Return: { StatusCode: 200, Payload: { charged: 42 } } } } },
  };
}

type Await = (client: SfnWireClient, url: string, executionArn: string, deadline: Deadline) => Promise<string>;

const byPolling: Await = async (client, _url, executionArn, deadline) => {
  for (;;) {
    const described = await client.call<{ status: string }>("DescribeExecution", { executionArn });
    if (described.status !== "RUNNING") return described.status;
    deadline.check(() => `${executionArn} still RUNNING`);
    await sleep(POLL_MS);
  }
};

function longPoll(agent: http.Agent, url: string, executionArn: string): Promise<string> {
  const target = new URL(`/_emulator/executions/wait?executionArn=${encodeURIComponent(executionArn)}&timeoutSeconds=30`, url);
  return new Promise((resolve, reject) => {
    const request = http.get(target, { agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        try {
          const body = JSON.parse(text) as { status?: unknown };
          resolve(typeof body.status === "string" ? body.status : `HTTP ${response.statusCode ?? 0}: ${text.slice(0, 200)}`);
        } catch {
          reject(new Error(`wait: HTTP ${response.statusCode ?? 0} with a body that is not JSON: ${text.slice(0, 200)}`));
        }
      });
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

interface LoopFigures {
  perSecond: number;
  p50: number;
  p99: number;
  succeeded: number;
  statuses: string;
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * fraction) - 1)] ?? Number.NaN;
}

async function loop(client: SfnWireClient, url: string, stateMachineArn: string, total: number, wait: Await, deadline: Deadline): Promise<LoopFigures> {
  const latencies: number[] = [];
  const statuses = new Map<string, number>();
  const startedAt = performance.now();
  for (let index = 0; index < total; index += 1) {
    deadline.check(() => `${index} of ${total} executions`);
    const begin = performance.now();
    const { executionArn } = await client.call<{ executionArn: string }>("StartExecution", {
      stateMachineArn: `${stateMachineArn}#${TEST_CASE}`,
      input: JSON.stringify({ orderId: `o-${index}`, amount: 10 + index }),
    });
    const status = await wait(client, url, executionArn, deadline);
    latencies.push(performance.now() - begin);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
  const wallMs = performance.now() - startedAt;
  latencies.sort((a, b) => a - b);
  return {
    perSecond: total / (wallMs / 1000),
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    succeeded: statuses.get("SUCCEEDED") ?? 0,
    statuses: [...statuses].map(([status, count]) => `${count} ${status}`).join(", "),
  };
}

function describe(figures: LoopFigures): string {
  return `${figures.perSecond.toFixed(0)} executions/s, p50 ${ms(figures.p50)}, p99 ${ms(figures.p99)} (${figures.statuses})`;
}

export const testLoop: Benchmark = {
  id: "test-loop",
  title: "Test loop: 500 mocked executions one after another",
  timeoutMs: 180_000,
  async run(context, deadline) {
    const total = Math.max(20, Math.round(EXECUTIONS * context.scale));
    const configDir = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-bench-mock-"));
    const configFile = path.join(configDir, "MockConfigFile.json");
    fs.writeFileSync(configFile, JSON.stringify(mockConfig()));
    const emulator = await EmulatorProcess.start({ launch: context.launch, nodeFlags: context.nodeFlags, args: ["--mock-config", configFile] });
    const client = new SfnWireClient(emulator.url, 4);
    const waitAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const byWaiting: Await = (_client, url, executionArn) => longPoll(waitAgent, url, executionArn);
    try {
      const stateMachineArn = await createStateMachine(client, MACHINE, testLoopMachine());
      await loop(client, emulator.url, stateMachineArn, WARM_UP, byWaiting, deadline);
      const polled = await loop(client, emulator.url, stateMachineArn, total, byPolling, deadline);
      context.log(`test loop, DescribeExecution every ${POLL_MS} ms: ${describe(polled)}`);
      const waited = await loop(client, emulator.url, stateMachineArn, total, byWaiting, deadline);
      context.log(`test loop, long-poll wait: ${describe(waited)}`);
      return {
        name: `Test loop: ${total} executions of a 10-state machine with a mocked Task, one at a time`,
        figure: `${waited.perSecond.toFixed(0)} executions/s (wait), ${polled.perSecond.toFixed(0)}/s (polling)`,
        aim: `${AIM_PER_SECOND}/s (wait)`,
        // Polling every 10 ms puts a floor of about 10 ms under each execution, so only the wait has the aim.
        met: waited.succeeded === total && polled.succeeded === total && waited.perSecond >= AIM_PER_SECOND,
        details: [
          `awaited by GET /_emulator/executions/wait: ${describe(waited)}`,
          `awaited by DescribeExecution every ${POLL_MS} ms: ${describe(polled)}`,
          `latency is StartExecution to the answer that shows the end`,
        ],
      };
    } finally {
      waitAgent.destroy();
      client.close();
      await emulator.stop();
      fs.rmSync(configDir, { recursive: true, force: true });
    }
  },
};
