/**
 * ListExecutions on a state machine with 100,000 executions: the store is seeded directly (starting
 * that many through the API would take minutes and measure something else), then pages are read
 * through the API from the newest, deep into the list by token, and with a status filter.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openSqliteStore } from "../emulator/store/sqlite/sqlite-store";
import type { ExecutionRecord } from "../emulator/store/records";
import { median, ms, type Benchmark } from "./benchmark";
import { EmulatorProcess } from "./emulator-process";
import { BENCH_ROLE_ARN, SfnWireClient } from "./sfn-wire-client";

const EXECUTIONS = 100_000;
const PAGE_SIZE = 100;
const PAGES = 200;
const AIM_MS = 20;
const ACCOUNT = "123456789012";
const MACHINE_ARN = `arn:aws:states:us-east-1:${ACCOUNT}:stateMachine:crowded`;
const DEFINITION = JSON.stringify({ StartAt: "P", States: { P: { Type: "Pass", End: true } } });

/** Writes the machine and its executions (every tenth FAILED, the rest SUCCEEDED) as the emulator would. */
function seed(dataDir: string, count: number): void {
  const store = openSqliteStore(dataDir);
  try {
    store.putStateMachine({
      stateMachineArn: MACHINE_ARN,
      name: "crowded",
      type: "STANDARD",
      definition: DEFINITION,
      roleArn: BENCH_ROLE_ARN,
      creationDate: 1_700_000_000_000,
      status: "ACTIVE",
      loggingConfiguration: { level: "OFF", includeExecutionData: false },
      tracingConfiguration: { enabled: false },
      tags: {},
    });
    for (let index = 0; index < count; index++) {
      const startDate = 1_700_000_000_000 + index * 10;
      const execution: ExecutionRecord = {
        executionArn: `arn:aws:states:us-east-1:${ACCOUNT}:execution:crowded:run-${index}`,
        stateMachineArn: MACHINE_ARN,
        name: `run-${index}`,
        status: index % 10 === 0 ? "FAILED" : "SUCCEEDED",
        startDate,
        stopDate: startDate + 5,
        input: "{}",
        output: "{}",
        definition: DEFINITION,
        roleArn: BENCH_ROLE_ARN,
        type: "STANDARD",
        redriveCount: 0,
        runtime: { nextEventId: 5, nextSeq: 0 },
      };
      store.createExecution({ execution, events: [], upsertFrames: [], deleteFrames: [] });
    }
  } finally {
    store.close();
  }
}

interface Page {
  executions: unknown[];
  nextToken?: string;
}

/** Reads `pages` pages one after another, following tokens; returns each page's time. */
async function readPages(client: SfnWireClient, pages: number, statusFilter?: string): Promise<number[]> {
  const timings: number[] = [];
  let nextToken: string | undefined;
  for (let read = 0; read < pages; read += 1) {
    const body: Record<string, unknown> = { stateMachineArn: MACHINE_ARN, maxResults: PAGE_SIZE };
    if (statusFilter !== undefined) body["statusFilter"] = statusFilter;
    if (nextToken !== undefined) body["nextToken"] = nextToken;
    const startedAt = performance.now();
    const page = await client.call<Page>("ListExecutions", body);
    timings.push(performance.now() - startedAt);
    if (page.executions.length !== PAGE_SIZE) throw new Error(`page ${read} has ${page.executions.length} executions`);
    nextToken = page.nextToken;
  }
  return timings;
}

export const listExecutionsPaging: Benchmark = {
  id: "list",
  title: "ListExecutions on a machine with 100,000 executions",
  timeoutMs: 240_000,
  async run(context, deadline) {
    const count = Math.max(PAGE_SIZE * (PAGES + 1), Math.round(EXECUTIONS * context.scale));
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-bench-list-"));
    const seededAt = performance.now();
    seed(dataDir, count);
    const seedMs = performance.now() - seededAt;
    deadline.check(() => `seeded ${count} executions`);
    const emulator = await EmulatorProcess.start({ launch: context.launch, nodeFlags: context.nodeFlags, dataDir });
    const client = new SfnWireClient(emulator.url);
    try {
      // Warm the connection and the prepared statements as a client's first call would.
      await readPages(client, 1);
      const walk = await readPages(client, PAGES);
      deadline.check(() => "paged through the newest executions");
      const failedOnly = await readPages(client, 50, "FAILED");
      const figure = median(walk);
      return {
        name: `ListExecutions, ${count.toLocaleString("en-US")} executions, maxResults ${PAGE_SIZE}, one page`,
        figure: ms(figure),
        aim: `< ${AIM_MS} ms`,
        met: figure < AIM_MS,
        details: [
          `median of ${PAGES} pages followed by token from the newest; slowest ${ms(Math.max(...walk))}`,
          `statusFilter FAILED (1 in 10): median ${ms(median(failedOnly))} over 50 pages`,
          `seeding the store directly: ${ms(seedMs)}`,
        ],
      };
    } finally {
      client.close();
      await emulator.stop();
    }
  },
};
