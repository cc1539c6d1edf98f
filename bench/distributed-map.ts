/** A DISTRIBUTED Map whose iterations are child executions: 10,000 EXPRESS children and 2,000 STANDARD ones. */
import { ms, type Benchmark, type BenchContext, type Deadline } from "./benchmark";
import { EmulatorProcess, RssSampler } from "./emulator-process";
import { SfnWireClient, createStateMachine } from "./sfn-wire-client";
import { waitForEnd, type ExecutionDescription } from "./sfn-wire-client";

const EXPRESS_ITEMS = 10_000;
const STANDARD_ITEMS = 2_000;
const AIM_MS = 5_000;

function distributedPassMap(executionType: "STANDARD" | "EXPRESS"): unknown {
  return {
    StartAt: "Fan",
    States: {
      Fan: {
        Type: "Map",
        Label: "Each",
        ItemsPath: "$.items",
        ItemProcessor: {
          ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: executionType },
          StartAt: "Item",
          States: { Item: { Type: "Pass", End: true } },
        },
        End: true,
      },
    },
  };
}

interface TimedRun {
  end: ExecutionDescription;
  elapsedMs: number;
  children: number;
  peakRss: number;
}

async function timedRun(context: BenchContext, deadline: Deadline, executionType: "STANDARD" | "EXPRESS", items: number): Promise<TimedRun> {
  const emulator = await EmulatorProcess.start({ launch: context.launch, nodeFlags: context.nodeFlags });
  const client = new SfnWireClient(emulator.url);
  const sampler = new RssSampler(emulator);
  try {
    const stateMachineArn = await createStateMachine(client, `distributed-${executionType.toLowerCase()}`, distributedPassMap(executionType));
    const warm = await client.call<{ executionArn: string }>("StartExecution", { stateMachineArn, input: JSON.stringify({ items: [1, 2, 3] }) });
    await waitForEnd(client, warm.executionArn, deadline, () => "warm-up");
    const input = JSON.stringify({ items: Array.from({ length: items }, (_, index) => index) });
    const startedAt = performance.now();
    const started = await client.call<{ executionArn: string }>("StartExecution", { stateMachineArn, input });
    const end = await waitForEnd(client, started.executionArn, deadline, () => `${executionType} still RUNNING after ${ms(performance.now() - startedAt)}`, 10);
    const elapsedMs = performance.now() - startedAt;
    const runs = await client.call<{ mapRuns: Array<{ mapRunArn: string }> }>("ListMapRuns", { executionArn: started.executionArn });
    const run = await client.call<{ executionCounts: { succeeded: number } }>("DescribeMapRun", { mapRunArn: runs.mapRuns[0]?.mapRunArn });
    return { end, elapsedMs, children: run.executionCounts.succeeded, peakRss: sampler.stop() };
  } finally {
    sampler.stop();
    client.close();
    await emulator.stop();
  }
}

export const distributedMap: Benchmark = {
  id: "distributed",
  title: "Distributed Map with child executions",
  timeoutMs: 180_000,
  async run(context, deadline) {
    const expressItems = Math.max(10, Math.round(EXPRESS_ITEMS * context.scale));
    const standardItems = Math.max(10, Math.round(STANDARD_ITEMS * context.scale));
    const express = await timedRun(context, deadline, "EXPRESS", expressItems);
    deadline.check(() => "before the STANDARD run");
    const standard = await timedRun(context, deadline, "STANDARD", standardItems);
    const ok = express.end.status === "SUCCEEDED" && standard.end.status === "SUCCEEDED";
    return {
      name: `Distributed Map, ${expressItems.toLocaleString("en-US")} EXPRESS Pass children`,
      figure: ms(express.elapsedMs),
      aim: `< ${AIM_MS} ms`,
      met: ok && express.elapsedMs < AIM_MS,
      details: [
        `EXPRESS children: ${ms(express.elapsedMs)} to the parent's end (${express.end.status}), ${express.children} children succeeded, peak RSS ${Math.round(express.peakRss / 1048576)} MB`,
        `STANDARD children, ${standardItems.toLocaleString("en-US")} items: ${ms(standard.elapsedMs)} (${standard.end.status}), ${standard.children} children succeeded, peak RSS ${Math.round(standard.peakRss / 1048576)} MB`,
      ],
    };
  },
};
