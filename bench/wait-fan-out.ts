/** The Wait fan-out benchmark: 10,000 one-second Wait executions started and drained, memory sampled. */
import { mb, ms, sleep, wireMillis, type Benchmark } from "./benchmark";
import { EmulatorProcess, RssSampler } from "./emulator-process";
import { SfnWireClient, createStateMachine, listAllExecutions } from "./sfn-wire-client";

const EXECUTIONS = 10_000;
const REQUESTS_IN_FLIGHT = 64;
const AIM_AFTER_LAST_START_MS = 2000;
const AIM_RSS_BYTES = 300 * 1024 * 1024;
const POLL_MS = 20;

const WAIT_ONE_SECOND = {
  StartAt: "Wait",
  States: { Wait: { Type: "Wait", Seconds: 1, Next: "Done" }, Done: { Type: "Succeed" } },
};

/**
 * Starts 10,000 executions of a one-second Wait as fast as 64 concurrent requests allow, then
 * waits until ListExecutions(statusFilter RUNNING) is empty; RSS is sampled throughout.
 */
export const waitFanOut: Benchmark = {
  id: "wait",
  title: "10,000 executions waiting 1 s",
  timeoutMs: 180_000,
  async run(context, deadline) {
    const total = Math.max(10, Math.round(EXECUTIONS * context.scale));
    const emulator = await EmulatorProcess.start({ launch: context.launch, nodeFlags: context.nodeFlags });
    const client = new SfnWireClient(emulator.url, REQUESTS_IN_FLIGHT);
    const sampler = new RssSampler(emulator, 20);
    try {
      const idleRss = emulator.memory().rss;
      const stateMachineArn = await createStateMachine(client, "wait-one-second", WAIT_ONE_SECOND);
      const firstStartAt = performance.now();
      let started = 0;
      const worker = async (): Promise<void> => {
        while (started < total) {
          started += 1;
          await client.call("StartExecution", { stateMachineArn, input: "{}" });
          if (started % 1000 === 0) deadline.check(() => `${started} of ${total} started`);
        }
      };
      await Promise.all(Array.from({ length: REQUESTS_IN_FLIGHT }, worker));
      const lastStartAt = performance.now();
      const rssAfterStarts = emulator.memory().rss;
      for (;;) {
        const page = await client.call<{ executions: unknown[] }>("ListExecutions", {
          stateMachineArn,
          statusFilter: "RUNNING",
          maxResults: 1,
        });
        if (page.executions.length === 0) break;
        deadline.check(() => `${ms(performance.now() - lastStartAt)} after the last start, executions still RUNNING`);
        await sleep(POLL_MS);
      }
      const allDoneAt = performance.now();
      const peakRss = Math.max(sampler.stop(), emulator.memory().hwm);
      const executions = await listAllExecutions(client, stateMachineArn);
      const succeeded = executions.filter((execution) => execution.status === "SUCCEEDED");
      const lastStart = Math.max(...executions.map((execution) => wireMillis(execution.startDate)));
      const lastStop = Math.max(...succeeded.map((execution) => wireMillis(execution.stopDate)));
      const lateness = succeeded.map((execution) => wireMillis(execution.stopDate) - wireMillis(execution.startDate) - 1000);
      lateness.sort((a, b) => a - b);
      const afterLastStart = allDoneAt - lastStartAt;
      const startSeconds = (lastStartAt - firstStartAt) / 1000;
      return {
        name: `${total.toLocaleString("en-US")} executions of Wait 1 s`,
        figure: `all done ${ms(afterLastStart)} after the last start; peak RSS ${mb(peakRss)}`,
        aim: `< ${AIM_AFTER_LAST_START_MS} ms; < ${mb(AIM_RSS_BYTES)}`,
        met: succeeded.length === total && afterLastStart < AIM_AFTER_LAST_START_MS && peakRss < AIM_RSS_BYTES,
        details: [
          `${succeeded.length}/${total} SUCCEEDED`,
          `started in ${(startSeconds * 1000).toFixed(0)} ms (${Math.round(total / startSeconds).toLocaleString("en-US")} starts/s)`,
          `by the emulator's dates: last stop ${ms(lastStop - lastStart)} after last start`,
          `stop - start - 1 s: median ${ms(lateness[Math.floor(lateness.length / 2)] ?? Number.NaN)}, max ${ms(lateness[lateness.length - 1] ?? Number.NaN)}`,
          `RSS idle ${mb(idleRss)}, after the starts ${mb(rssAfterStarts)}`,
        ],
      };
    } finally {
      sampler.stop();
      client.close();
      await emulator.stop();
    }
  },
};
