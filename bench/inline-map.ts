/** The inline Map benchmark (a 10,000-item Map of Pass states), and its Map definition, which history-paging reuses. */
import { ms, wireMillis, type Benchmark, type BenchContext, type Deadline } from "./benchmark";
import { EmulatorProcess, RssSampler } from "./emulator-process";
import { SfnWireClient, createStateMachine, waitForEnd } from "./sfn-wire-client";

const ITEMS = 10_000;
const AIM_MS = 1000;

/** An inline Map whose every iteration is one Pass state. */
export function passMap(): unknown {
  return {
    StartAt: "Fan",
    States: {
      Fan: {
        Type: "Map",
        ItemsPath: "$.items",
        ItemProcessor: {
          ProcessorConfig: { Mode: "INLINE" },
          StartAt: "Item",
          States: { Item: { Type: "Pass", End: true } },
        },
        End: true,
      },
    },
  };
}

async function runMap(context: BenchContext, deadline: Deadline, items: number) {
  const emulator = await EmulatorProcess.start({ launch: context.launch, nodeFlags: context.nodeFlags });
  const client = new SfnWireClient(emulator.url);
  const sampler = new RssSampler(emulator);
  try {
    const input = JSON.stringify({ items: Array.from({ length: items }, (_, index) => index) });
    const standardArn = await createStateMachine(client, "map-standard", passMap());
    const expressArn = await createStateMachine(client, "map-express", passMap(), "EXPRESS");
    // One small warm-up execution of each, so the timed runs do not include compiling the interpreter's hot paths.
    const warmInput = JSON.stringify({ items: [1, 2, 3] });
    const warm = await client.call<{ executionArn: string }>("StartExecution", { stateMachineArn: standardArn, input: warmInput });
    await waitForEnd(client, warm.executionArn, deadline, () => "warm-up");
    await client.call("StartSyncExecution", { stateMachineArn: expressArn, input: warmInput });

    const startedAt = performance.now();
    const started = await client.call<{ executionArn: string }>("StartExecution", { stateMachineArn: standardArn, input });
    const end = await waitForEnd(client, started.executionArn, deadline, () => `standard still RUNNING after ${ms(performance.now() - startedAt)}`);
    const standardMs = performance.now() - startedAt;
    const standardServerMs = wireMillis(end.stopDate) - wireMillis(end.startDate);
    const history = await client.call<{ events: unknown[]; nextToken?: string }>("GetExecutionHistory", {
      executionArn: started.executionArn,
      maxResults: 1,
      reverseOrder: true,
    });
    const lastEvent = history.events[0] as { id?: number } | undefined;

    deadline.check(() => "before the express run");
    const syncStartedAt = performance.now();
    const sync = await client.call<{ status: string; error?: string }>("StartSyncExecution", { stateMachineArn: expressArn, input });
    const expressMs = performance.now() - syncStartedAt;
    return { end, standardMs, standardServerMs, events: lastEvent?.id ?? 0, sync, expressMs, peakRss: sampler.stop() };
  } finally {
    sampler.stop();
    client.close();
    await emulator.stop();
  }
}

/**
 * An inline Map over 10,000 Pass items. Its history (~40,000 events) is over AWS's 25,000-event
 * limit, so as on AWS a Standard run fails at the limit; the figure is the same Map as an Express
 * StartSyncExecution, which keeps no history, and the Standard run to its failure is reported beside it.
 */
export const inlineMap: Benchmark = {
  id: "map",
  title: "Inline Map over 10,000 items",
  timeoutMs: 120_000,
  async run(context, deadline) {
    const items = Math.max(10, Math.round(ITEMS * context.scale));
    const result = await runMap(context, deadline, items);
    const statusNote =
      result.end.status === "SUCCEEDED" ? "SUCCEEDED" : `${result.end.status} (${result.end.error ?? ""}: ${(result.end.cause ?? "").slice(0, 80)})`;
    return {
      name: `Inline Map, ${items.toLocaleString("en-US")} Pass items, Express sync`,
      figure: ms(result.expressMs),
      aim: `< ${AIM_MS} ms`,
      met: result.sync.status === "SUCCEEDED" && result.expressMs < AIM_MS,
      details: [
        `Express StartSyncExecution: ${ms(result.expressMs)} (${result.sync.status})`,
        `Standard StartExecution to its end: ${ms(result.standardMs)}, status ${statusNote}`,
        `Standard: emulator's stopDate - startDate ${ms(result.standardServerMs)}, ${result.events.toLocaleString("en-US")} history events`,
        `peak RSS ${Math.round(result.peakRss / 1048576)} MB`,
      ],
    };
  },
};
