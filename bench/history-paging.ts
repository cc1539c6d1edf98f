/** The history-paging benchmark: reading a ~25,000-event execution history back 1,000 events a page. */
import { median, ms, type Benchmark } from "./benchmark";
import { EmulatorProcess } from "./emulator-process";
import { passMap } from "./inline-map";
import { waitForEnd } from "./sfn-wire-client";
import { SfnWireClient, createStateMachine } from "./sfn-wire-client";

/** 4 events per Pass iteration plus 6 around the Map: 24,966 events, just under AWS's 25,000 limit. */
const ITEMS = 6_240;
const PAGE_SIZE = 1000;
const READS = 5;
const AIM_MS = 500;

async function pageThrough(client: SfnWireClient, executionArn: string): Promise<{ events: number; pages: number }> {
  let events = 0;
  let pages = 0;
  let nextToken: string | undefined;
  do {
    const body: Record<string, unknown> = { executionArn, maxResults: PAGE_SIZE };
    if (nextToken !== undefined) body["nextToken"] = nextToken;
    const page = await client.call<{ events: unknown[]; nextToken?: string }>("GetExecutionHistory", body);
    events += page.events.length;
    pages += 1;
    nextToken = page.nextToken;
  } while (nextToken !== undefined);
  return { events, pages };
}

/** Produces a ~25,000-event history with an inline Map, then pages through all of it, 1,000 at a time. */
export const historyPaging: Benchmark = {
  id: "history",
  title: "Paging a 25,000-event history",
  timeoutMs: 120_000,
  async run(context, deadline) {
    const items = Math.max(10, Math.round(ITEMS * context.scale));
    const emulator = await EmulatorProcess.start({ launch: context.launch, nodeFlags: context.nodeFlags });
    const client = new SfnWireClient(emulator.url);
    try {
      const stateMachineArn = await createStateMachine(client, "history-maker", passMap());
      const input = JSON.stringify({ items: Array.from({ length: items }, (_, index) => index) });
      const started = await client.call<{ executionArn: string }>("StartExecution", { stateMachineArn, input });
      const end = await waitForEnd(client, started.executionArn, deadline, () => "the history-making execution is still RUNNING", 10);
      const timings: number[] = [];
      let shape = { events: 0, pages: 0 };
      for (let read = 0; read < READS; read += 1) {
        deadline.check(() => `${read} of ${READS} reads`);
        const readStartedAt = performance.now();
        shape = await pageThrough(client, started.executionArn);
        timings.push(performance.now() - readStartedAt);
      }
      const figure = median(timings);
      return {
        name: `GetExecutionHistory, ${shape.events.toLocaleString("en-US")} events, maxResults ${PAGE_SIZE}`,
        figure: ms(figure),
        aim: `< ${AIM_MS} ms`,
        met: figure < AIM_MS,
        details: [
          `median of ${READS} full reads (${shape.pages} pages each): ${timings.map((value) => Math.round(value)).join(", ")} ms`,
          `execution ${end.status}`,
        ],
      };
    } finally {
      client.close();
      await emulator.stop();
    }
  },
};
