/** The start-up benchmark: time from spawning the CLI to its first answered request, and its memory. */
import { median, ms, type Benchmark } from "./benchmark";
import { EmulatorProcess } from "./emulator-process";
import { SfnWireClient } from "./sfn-wire-client";

const RUNS = 5;
const AIM_MS = 120;
const AIM_RSS_MB = 70;

/**
 * Spawns the CLI on a fresh data directory and times spawn -> first answered ListStateMachines.
 * With --port 0 the port is known only from the listening line, so the first request follows it.
 */
export const startup: Benchmark = {
  id: "startup",
  title: "Startup to first answered request",
  timeoutMs: 120_000,
  async run(context, deadline) {
    const firstAnswers: number[] = [];
    const listening: number[] = [];
    const rss: number[] = [];
    const cpu: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      deadline.check(() => `${run} of ${RUNS} runs`);
      const emulator = await EmulatorProcess.start({ launch: context.launch, nodeFlags: context.nodeFlags });
      const client = new SfnWireClient(emulator.url);
      try {
        await client.call("ListStateMachines", {});
        firstAnswers.push(performance.now() - emulator.spawnedAt);
        listening.push(emulator.readyAfterMs);
        rss.push(emulator.memory().rss);
        cpu.push(emulator.cpuTimeMs());
      } finally {
        client.close();
        await emulator.stop();
      }
    }
    const figure = median(firstAnswers);
    const idleRssMb = Math.round(median(rss) / 1048576);
    return {
      name: `Startup, median of ${RUNS} (${context.launch.kind})`,
      figure: ms(figure),
      aim: `< ${AIM_MS} ms, idle RSS <= ${AIM_RSS_MB} MB`,
      met: figure < AIM_MS && idleRssMb <= AIM_RSS_MB,
      details: [
        `listening line after ${ms(median(listening))}`,
        `runs: ${firstAnswers.map((value) => Math.round(value)).join(", ")} ms`,
        `CPU time to the first answer ${ms(median(cpu))} (user + system; what a busy machine does not inflate)`,
        `idle RSS ${idleRssMb} MB after the first answer`,
      ],
    };
  },
};
