/** The recovery benchmark: how fast an emulator restarted after `kill -9` resumes 10,000 waiting runs. */
import { ms, sleep, type Benchmark } from "./benchmark";
import { EmulatorProcess } from "./emulator-process";
import { SfnWireClient, createStateMachine } from "./sfn-wire-client";

const EXECUTIONS = 10_000;
const REQUESTS_IN_FLIGHT = 64;
const AIM_MS = 1000;

interface Health {
  runningExecutions: number;
}

/** GET /health with its latency. */
async function timedHealth(url: string): Promise<{ health: Health; latency: number }> {
  const startedAt = performance.now();
  const response = await fetch(`${url}/health`);
  const health = (await response.json()) as Health;
  return { health, latency: performance.now() - startedAt };
}

/**
 * 10,000 executions waiting 10 minutes, then `kill -9` and a restart on the same data directory:
 * how soon the restarted emulator answers, how long /health takes while it resumes them in
 * batches, and when all are resumed.
 */
export const recovery: Benchmark = {
  id: "recovery",
  title: "Restart with 10,000 executions to resume",
  timeoutMs: 300_000,
  async run(context, deadline) {
    const total = Math.max(10, Math.round(EXECUTIONS * context.scale));
    const first = await EmulatorProcess.start({ launch: context.launch, nodeFlags: context.nodeFlags });
    let second: EmulatorProcess | undefined;
    try {
      const client = new SfnWireClient(first.url, REQUESTS_IN_FLIGHT);
      const stateMachineArn = await createStateMachine(client, "recovery-wait", { StartAt: "W", States: { W: { Type: "Wait", Seconds: 600, End: true } } });
      let started = 0;
      await Promise.all(
        Array.from({ length: REQUESTS_IN_FLIGHT }, async () => {
          while (started < total) {
            started += 1;
            await client.call("StartExecution", { stateMachineArn, input: "{}" });
            if (started % 1000 === 0) deadline.check(() => `${started} of ${total} started`);
          }
        }),
      );
      client.close();
      await first.kill();

      second = await EmulatorProcess.start({ launch: context.launch, nodeFlags: context.nodeFlags, dataDir: first.dataDir });
      const listeningAt = performance.now();
      const firstAnswer = await timedHealth(second.url);
      const firstAnswerMs = performance.now() - listeningAt;
      let worst = firstAnswer.latency;
      let polls = 1;
      let health = firstAnswer.health;
      while (health.runningExecutions < total) {
        deadline.check(() => `${health.runningExecutions} of ${total} resumed`);
        await sleep(20);
        const answer = await timedHealth(second.url);
        worst = Math.max(worst, answer.latency);
        health = answer.health;
        polls += 1;
      }
      const resumedMs = performance.now() - listeningAt;
      return {
        name: `Restart after kill -9 with ${total.toLocaleString("en-US")} executions to resume`,
        figure: `first /health ${ms(firstAnswerMs)} after listening; slowest /health ${ms(worst)}`,
        aim: `< ${AIM_MS} ms; < ${AIM_MS} ms`,
        met: firstAnswerMs < AIM_MS && worst < AIM_MS,
        details: [
          `listening ${ms(second.readyAfterMs)} after spawn`,
          `all ${total.toLocaleString("en-US")} resumed ${ms(resumedMs)} after listening (${polls} /health polls meanwhile)`,
        ],
      };
    } finally {
      await second?.stop();
      await first.stop();
    }
  },
};
