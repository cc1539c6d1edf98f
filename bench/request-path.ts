/**
 * The request path (issue 18): calls per second with 32 keep-alive clients for a trivial call
 * (ListStateMachines on an empty store), DescribeStateMachine and StartExecution of a one-state
 * machine, against a bare node:http server answering the same trivial request in the same run.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { type Benchmark } from "./benchmark";
import { EmulatorProcess, REPO_ROOT } from "./emulator-process";
import { runLoad, type LoadResult } from "./load-generator";
import { SfnWireClient, createStateMachine } from "./sfn-wire-client";

const CONNECTIONS = 32;
const MEASURE_MS = 1500;
const ROUNDS = 3;
const WARM_UP_MS = 500;
const AIM_RATIO = 0.5;
const CHOICE_RULES = 10_000;

async function measure(port: number, operation: string, body: () => string, scale: number): Promise<LoadResult> {
  await runLoad({ port, connections: CONNECTIONS, durationMs: WARM_UP_MS * scale, operation, body });
  const result = await runLoad({ port, connections: CONNECTIONS, durationMs: MEASURE_MS * scale, operation, body });
  if (result.errors > 0) throw new Error(`${operation}: ${result.errors} of ${result.requests} answers were not 200 (${result.firstStatusLine})`);
  return result;
}

/** Starts the bare server as its own process, so it has a core to itself as the emulator does. */
async function bareServer(): Promise<{ port: number; stop(): void }> {
  const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", path.join(__dirname, "bare-http-server.ts")], {
    cwd: REPO_ROOT,
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, TS_NODE_TRANSPILE_ONLY: "true" },
  });
  const port = await new Promise<number>((resolve, reject) => {
    let text = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      text += chunk.toString("utf8");
      const match = /listening on (\d+)/.exec(text);
      if (match?.[1] !== undefined) resolve(Number(match[1]));
    });
    child.once("exit", (code) => reject(new Error(`the bare server exited (${code})`)));
  });
  return { port, stop: () => child.kill("SIGTERM") };
}

function medianOf(results: LoadResult[]): LoadResult {
  const sorted = [...results].sort((a, b) => a.perSecond - b.perSecond);
  return sorted[Math.floor(sorted.length / 2)] as LoadResult;
}

const rate = (result: LoadResult) => `${Math.round(result.perSecond).toLocaleString("en-US")} req/s`;

export const requestPath: Benchmark = {
  id: "request",
  title: "Request path: calls per second against bare Node",
  timeoutMs: 120_000,
  async run(context) {
    const scale = Math.min(1, context.scale);
    const bare = await bareServer();
    const emulator = await EmulatorProcess.start({ launch: context.launch, nodeFlags: context.nodeFlags });
    const client = new SfnWireClient(emulator.url);
    try {
      const port = Number(new URL(emulator.url).port);
      // Both servers run at once and are measured in turns, so a neighbour's load hits both alike.
      const bareRates: LoadResult[] = [];
      const listRates: LoadResult[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        bareRates.push(await measure(bare.port, "ListStateMachines", () => "{}", scale));
        listRates.push(await measure(port, "ListStateMachines", () => "{}", scale));
      }
      const baseline = medianOf(bareRates);
      const list = medianOf(listRates);
      const pass = { StartAt: "Done", States: { Done: { Type: "Pass", End: true } } };
      const stateMachineArn = await createStateMachine(client, "request-path", pass);
      const describeBody = JSON.stringify({ stateMachineArn });
      const describe = await measure(port, "DescribeStateMachine", () => describeBody, scale);
      const startBody = JSON.stringify({ stateMachineArn, input: "{}" });
      const start = await measure(port, "StartExecution", () => startBody, scale);
      const ratio = list.perSecond / baseline.perSecond;
      // Validation of a large definition runs on the event loop: how long it holds it.
      const rules = Array.from({ length: CHOICE_RULES }, (_, index) => ({ Variable: "$.x", NumericEquals: index, Next: "Done" }));
      const bigChoice = { StartAt: "C", States: { C: { Type: "Choice", Choices: rules, Default: "Done" }, Done: { Type: "Succeed" } } };
      const createdAt = performance.now();
      await createStateMachine(client, "big-choice", bigChoice);
      const bigChoiceMs = performance.now() - createdAt;
      return {
        name: `ListStateMachines (empty store), ${CONNECTIONS} keep-alive clients, vs bare node:http`,
        figure: `${rate(list)} (${Math.round(ratio * 100)}% of bare)`,
        aim: `>= ${AIM_RATIO * 100}% of bare`,
        met: ratio >= AIM_RATIO,
        details: [
          `bare node:http answering the same request: ${rate(baseline)} (median of ${ROUNDS} rounds, taken in turns with the emulator's)`,
          `DescribeStateMachine: ${rate(describe)}`,
          `StartExecution of a one-state Pass machine (run and persisted): ${rate(start)}`,
          `CreateStateMachine with a ${CHOICE_RULES.toLocaleString("en-US")}-rule Choice (${Math.round(JSON.stringify(bigChoice).length / 1024)} KiB): ${Math.round(bigChoiceMs)} ms`,
        ],
      };
    } finally {
      client.close();
      bare.stop();
      await emulator.stop();
    }
  },
};
