/**
 * The Map growth benchmark: time and bytes written by a Map of Tasks over 500, 1,000 and 2,000 items,
 * which should grow in step with the items.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { mb, ms, sleep, type Benchmark, type BenchContext, type Deadline } from "./benchmark";
import { EmulatorProcess } from "./emulator-process";
import { SfnWireClient, createStateMachine } from "./sfn-wire-client";
import type { ExecutionDescription } from "./sfn-wire-client";

const SIZES = [500, 1000, 2000];
const ITEM_BYTES = 1024;

/**
 * A Standard inline Map, one Task per item (a local handler echoing its payload), ten at a time.
 * The 1 KB items are built by ItemSelector from a range, since an execution's input, like a
 * state's output, is capped at 256 KiB; the Map passes on only how many results it got.
 */
const MAP_OF_TASKS = {
  QueryLanguage: "JSONata",
  StartAt: "Each",
  States: {
    Each: {
      Type: "Map",
      Items: "{% [0..($states.input.items - 1)] %}",
      ItemSelector: { index: "{% $states.context.Map.Item.Value %}", padding: "x".repeat(ITEM_BYTES - 30) },
      MaxConcurrency: 10,
      ItemProcessor: {
        ProcessorConfig: { Mode: "INLINE" },
        StartAt: "Work",
        States: {
          Work: {
            Type: "Task",
            Resource: "arn:aws:states:::lambda:invoke",
            Arguments: { FunctionName: "echo", Payload: "{% $states.input %}" },
            Output: "{% $states.result.Payload %}",
            End: true,
          },
        },
      },
      Output: "{% $count($states.result) %}",
      End: true,
    },
  },
};

/** Bytes the process has passed to write(2) so far: SQLite's pages and WAL, plus the (small) HTTP answers. */
function bytesWritten(pid: number): number {
  const match = /^wchar:\s+(\d+)$/m.exec(fs.readFileSync(`/proc/${pid}/io`, "utf8"));
  return match ? Number(match[1]) : Number.NaN;
}

async function runOnce(context: BenchContext, deadline: Deadline, items: number, handlers: string) {
  const emulator = await EmulatorProcess.start({ launch: context.launch, nodeFlags: context.nodeFlags, args: ["--handlers", handlers] });
  const client = new SfnWireClient(emulator.url, 4);
  try {
    const stateMachineArn = await createStateMachine(client, "map-of-tasks", MAP_OF_TASKS);
    const input = JSON.stringify({ items });
    const before = bytesWritten(emulator.pid);
    const startedAt = performance.now();
    const { executionArn } = await client.call<{ executionArn: string }>("StartExecution", { stateMachineArn, input });
    let end: ExecutionDescription;
    for (;;) {
      end = await client.call<ExecutionDescription>("DescribeExecution", { executionArn });
      if (end.status !== "RUNNING") break;
      deadline.check(() => `${items} items still RUNNING after ${ms(performance.now() - startedAt)}`);
      await sleep(50);
    }
    const elapsed = performance.now() - startedAt;
    const status = end.status === "SUCCEEDED" && end.output !== String(items) ? `SUCCEEDED with ${end.output ?? "no output"}` : end.status;
    return { status, elapsed, written: bytesWritten(emulator.pid) - before };
  } finally {
    client.close();
    await emulator.stop();
  }
}

/**
 * A Standard inline Map over 500, 1,000 and 2,000 items of 1 KB, one Task per item at
 * MaxConcurrency 10: its time and the bytes written, which should grow in step with the items.
 */
export const mapGrowth: Benchmark = {
  id: "map-growth",
  title: "Standard inline Map of Tasks, 500 to 2,000 items of 1 KB",
  timeoutMs: 300_000,
  async run(context, deadline) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-bench-handlers-"));
    fs.writeFileSync(path.join(dir, "echo.js"), "exports.handler = (input) => input;\n");
    const handlers = path.join(dir, "handlers.json");
    fs.writeFileSync(handlers, JSON.stringify({ echo: "./echo.js" }));
    try {
      const runs = [];
      for (const size of SIZES) {
        const items = Math.max(10, Math.round(size * context.scale));
        runs.push({ items, ...(await runOnce(context, deadline, items, handlers)) });
      }
      const first = runs[0];
      const last = runs[runs.length - 1];
      if (!first || !last) throw new Error("no run");
      // Linear growth: bytes per item stay about the same from the smallest to the largest Map.
      const growth = last.written / last.items / (first.written / first.items);
      return {
        name: `Standard inline Map of Tasks, ${last.items.toLocaleString("en-US")} items of 1 KB, MaxConcurrency 10`,
        figure: `${ms(last.elapsed)}, ${mb(last.written)} written`,
        aim: "bytes per item flat (x < 1.5 from smallest)",
        met: runs.every((run) => run.status === "SUCCEEDED") && growth < 1.5,
        details: [
          ...runs.map(
            (run) =>
              `${run.items.toLocaleString("en-US")} items: ${run.status} in ${ms(run.elapsed)}, ${mb(run.written)} written (${Math.round(run.written / run.items).toLocaleString("en-US")} bytes per item)`,
          ),
          `bytes per item at the largest size / at the smallest: ${growth.toFixed(2)}`,
        ],
      };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
