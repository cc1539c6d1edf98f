/**
 * The test kit benchmark: what startEmulator and stop cost a test file in process, and a week-long
 * Wait on the auto clock.
 */
import { CreateStateMachineCommand } from "@aws-sdk/client-sfn";
import { startEmulator } from "../emulator";
import { median, ms, type Benchmark } from "./benchmark";

const RUNS = 20;
const AIM_MS = 50;

/**
 * startEmulator in this process: start (to a listening emulator with its client) and stop, median
 * of 20 after one warm-up, as a test file pays them; then one execution that waits a week on the
 * auto clock, run to its end.
 */
export const testKitStart: Benchmark = {
  id: "kit",
  title: "startEmulator start and stop, in process",
  timeoutMs: 60_000,
  async run(_context, deadline) {
    await (await startEmulator({ logLevel: "silent" })).stop();
    const starts: number[] = [];
    const stops: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      deadline.check(() => `${run} of ${RUNS} runs`);
      const startedAt = performance.now();
      const emu = await startEmulator({ logLevel: "silent" });
      const stoppingAt = performance.now();
      await emu.stop();
      starts.push(stoppingAt - startedAt);
      stops.push(performance.now() - stoppingAt);
    }
    const emu = await startEmulator({ clock: "auto", logLevel: "silent" });
    let weekMs: number;
    try {
      const definition = JSON.stringify({ StartAt: "Week", States: { Week: { Type: "Wait", Seconds: 7 * 86_400, End: true } } });
      const created = await emu.client.send(new CreateStateMachineCommand({ name: "week", definition, roleArn: "arn:aws:iam::123456789012:role/bench" }));
      const runAt = performance.now();
      await emu.run(created.stateMachineArn ?? "", {});
      weekMs = performance.now() - runAt;
    } finally {
      await emu.stop();
    }
    const figure = median(starts);
    return {
      name: `startEmulator start, median of ${RUNS}`,
      figure: ms(figure),
      aim: `< ${AIM_MS} ms`,
      met: figure < AIM_MS,
      details: [`stop: median ${ms(median(stops))}`, `a Wait of a week on the auto clock, emu.run to the end: ${ms(weekMs)}`],
    };
  },
};
