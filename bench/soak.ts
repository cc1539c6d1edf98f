/**
 * The soak benchmark: memory after 100,000 short executions, 10,000 Waits and 1,000 callback tasks
 * compared with the idle emulator's.
 */
import { mb, ms, sleep, type Benchmark, type Deadline } from "./benchmark";
import { EmulatorProcess } from "./emulator-process";
import { SfnWireClient, createStateMachine } from "./sfn-wire-client";

const SHORT = 100_000;
const WAITS = 10_000;
const CALLBACKS = 1_000;
const REQUESTS_IN_FLIGHT = 64;
const AIM_RSS_ABOVE_IDLE = 30 * 1024 * 1024;
const SETTLE_MS = 30_000;

interface Health {
  runningExecutions: number;
  armedTimers: number;
  pendingTasks: number;
  queuedActivityTasks: number;
}

/** Calls `start(i)` for i in [0, total) with `inFlight` requests at a time. */
async function inParallel(total: number, inFlight: number, start: (index: number) => Promise<unknown>, deadline: Deadline, what: string): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < total) {
      const index = next++;
      await start(index);
      if (index % 5000 === 0) deadline.check(() => `${index} of ${total} ${what}`);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
}

async function health(url: string): Promise<Health> {
  return (await (await fetch(`${url}/health`)).json()) as Health;
}

/**
 * A soak: 100,000 short executions, 10,000 one-second Waits and 1,000 activity (callback) tasks
 * answered by workers; then, once /health reports nothing running, no timer and no pending task,
 * the RSS after settling is compared with the RSS of the warmed-up idle emulator.
 */
export const soak: Benchmark = {
  id: "soak",
  title: "Soak: 100,000 short executions, 10,000 Waits, 1,000 callback tasks",
  timeoutMs: 600_000,
  async run(context, deadline) {
    const short = Math.max(10, Math.round(SHORT * context.scale));
    const waits = Math.max(10, Math.round(WAITS * context.scale));
    const callbacks = Math.max(10, Math.round(CALLBACKS * context.scale));
    const emulator = await EmulatorProcess.start({ launch: context.launch, nodeFlags: context.nodeFlags });
    const client = new SfnWireClient(emulator.url, REQUESTS_IN_FLIGHT);
    try {
      const activityArn = (await client.call<{ activityArn: string }>("CreateActivity", { name: "soak-worker" })).activityArn;
      const passArn = await createStateMachine(client, "soak-pass", { StartAt: "P", States: { P: { Type: "Pass", Result: { ok: true }, End: true } } });
      const waitArn = await createStateMachine(client, "soak-wait", { StartAt: "W", States: { W: { Type: "Wait", Seconds: 1, End: true } } });
      const taskArn = await createStateMachine(client, "soak-task", {
        StartAt: "T",
        States: { T: { Type: "Task", Resource: activityArn, TimeoutSeconds: 300, HeartbeatSeconds: 120, End: true } },
      });
      // Warm up every path once, so idle memory includes the code the load runs.
      await client.call("StartExecution", { stateMachineArn: passArn, input: "{}" });
      await client.call("StartExecution", { stateMachineArn: waitArn, input: "{}" });
      await sleep(1500);
      const idleRss = emulator.memory().rss;

      const startedAt = performance.now();
      await inParallel(short, REQUESTS_IN_FLIGHT, () => client.call("StartExecution", { stateMachineArn: passArn, input: '{"n":1}' }), deadline, "short executions started");
      const shortMs = performance.now() - startedAt;
      await inParallel(waits, REQUESTS_IN_FLIGHT, () => client.call("StartExecution", { stateMachineArn: waitArn, input: "{}" }), deadline, "waits started");
      await inParallel(callbacks, REQUESTS_IN_FLIGHT, () => client.call("StartExecution", { stateMachineArn: taskArn, input: "{}" }), deadline, "tasks started");
      const loaded = await health(emulator.url);
      const loadedRss = emulator.memory().rss;
      let answered = 0;
      await inParallel(
        callbacks,
        16,
        async () => {
          const task = await client.call<{ taskToken?: string }>("GetActivityTask", { activityArn });
          if (task.taskToken === undefined) return;
          await client.call("SendTaskSuccess", { taskToken: task.taskToken, output: '{"done":true}' });
          answered += 1;
        },
        deadline,
        "tasks answered",
      );
      let settled = await health(emulator.url);
      while (settled.runningExecutions > 0 || settled.armedTimers > 0 || settled.pendingTasks > 0) {
        deadline.check(() => `still running: ${JSON.stringify(settled)}`);
        await sleep(100);
        settled = await health(emulator.url);
      }
      const drainedAt = performance.now();
      await sleep(SETTLE_MS);
      const settledRss = emulator.memory().rss;
      const above = settledRss - idleRss;
      return {
        name: `Soak: ${short.toLocaleString("en-US")} short, ${waits.toLocaleString("en-US")} Waits, ${callbacks.toLocaleString("en-US")} callback tasks`,
        figure: `RSS ${mb(above)} above idle after settling; timers ${settled.armedTimers}, pending tasks ${settled.pendingTasks}`,
        aim: `< ${mb(AIM_RSS_ABOVE_IDLE)}; 0 timers, 0 tasks`,
        met: above < AIM_RSS_ABOVE_IDLE && settled.armedTimers === 0 && settled.pendingTasks === 0 && answered === callbacks,
        details: [
          `${short.toLocaleString("en-US")} short executions started in ${ms(shortMs)} (${Math.round(short / (shortMs / 1000)).toLocaleString("en-US")}/s)`,
          `under load: ${loaded.runningExecutions} running, ${loaded.armedTimers} timers, ${loaded.pendingTasks} pending tasks; RSS ${mb(loadedRss)}`,
          `${answered}/${callbacks} callback tasks answered; everything ended ${ms(drainedAt - startedAt)} after the first start`,
          `RSS idle ${mb(idleRss)}, ${SETTLE_MS / 1000} s after draining ${mb(settledRss)}; peak ${mb(emulator.memory().hwm)}`,
        ],
      };
    } finally {
      client.close();
      await emulator.stop();
    }
  },
};
