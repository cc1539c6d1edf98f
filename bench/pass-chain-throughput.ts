/** The throughput benchmark: state transitions per second over 1,000 executions of a 100-state Pass chain. */
import { ms, sleep, wireMillis, type Benchmark, type Deadline } from "./benchmark";
import { EmulatorProcess, RssSampler } from "./emulator-process";
import { SfnWireClient, createStateMachine, listAllExecutions, waitForEnd } from "./sfn-wire-client";

const STATES = 100;
const EXECUTIONS = 1000;
const IN_FLIGHT = 32;
const WARM_UP = 64;
const POLL_MS = 5;
const AIM_PER_SECOND = 50_000;
/** 1.5 times aws-local-stepfunctions' 23-27k transitions/s in process. */
const AIM_DESCRIBED_PER_SECOND = 40_000;

/** S0 -> S1 -> ... -> S99, all Pass: each execution is exactly 100 state transitions. */
export function passChain(states: number): unknown {
  const definition: Record<string, unknown> = {};
  for (let index = 0; index < states; index += 1) {
    definition[`S${index}`] = index === states - 1 ? { Type: "Pass", End: true } : { Type: "Pass", Next: `S${index + 1}` };
  }
  return { Comment: `${states}-state Pass chain`, StartAt: "S0", States: definition };
}

/**
 * Runs `total` executions keeping `inFlight` running at once; an execution counts as done when it
 * leaves ListExecutions(statusFilter RUNNING), polled every few milliseconds.
 */
async function runBounded(
  client: SfnWireClient,
  stateMachineArn: string,
  input: string,
  total: number,
  inFlight: number,
  onPoll: () => void,
): Promise<void> {
  const running = new Set<string>();
  let started = 0;
  while (started < total || running.size > 0) {
    const toStart = Math.min(inFlight - running.size, total - started);
    if (toStart > 0) {
      started += toStart;
      const answers = await Promise.all(
        Array.from({ length: toStart }, () =>
          client.call<{ executionArn: string }>("StartExecution", { stateMachineArn, input }),
        ),
      );
      for (const answer of answers) running.add(answer.executionArn);
    }
    const stillRunning = new Set(
      (await listAllExecutions(client, stateMachineArn, "RUNNING")).map((execution) => execution.executionArn),
    );
    for (const arn of running) if (!stillRunning.has(arn)) running.delete(arn);
    onPoll();
    if (running.size >= inFlight || started >= total) await sleep(POLL_MS);
  }
}

/**
 * Runs `total` executions with `inFlight` clients, each starting one execution and polling
 * DescribeExecution for it every few milliseconds until it ends, as most users' code does.
 */
async function runDescribing(
  client: SfnWireClient,
  stateMachineArn: string,
  input: string,
  total: number,
  inFlight: number,
  deadline: Deadline,
  progress: () => string,
): Promise<number> {
  let started = 0;
  let succeeded = 0;
  const worker = async (): Promise<void> => {
    while (started < total) {
      started += 1;
      const { executionArn } = await client.call<{ executionArn: string }>("StartExecution", { stateMachineArn, input });
      const end = await waitForEnd(client, executionArn, deadline, progress, POLL_MS);
      if (end.status === "SUCCEEDED") succeeded += 1;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return succeeded;
}

export const passChainThroughput: Benchmark = {
  id: "throughput",
  title: "100-state Pass chain throughput",
  timeoutMs: 180_000,
  async run(context, deadline) {
    const total = Math.max(IN_FLIGHT, Math.round(EXECUTIONS * context.scale));
    const emulator = await EmulatorProcess.start({ launch: context.launch, nodeFlags: context.nodeFlags });
    const client = new SfnWireClient(emulator.url);
    const sampler = new RssSampler(emulator);
    try {
      const input = JSON.stringify({ payload: "x".repeat(64), n: 1 });
      // Warm the JIT and the SQLite page cache on a separate machine so the timed run lists only its own.
      const warmArn = await createStateMachine(client, "pass-chain-warm-up", passChain(STATES));
      await runBounded(client, warmArn, input, WARM_UP, IN_FLIGHT, () => deadline.check(() => "warm-up"));
      const stateMachineArn = await createStateMachine(client, "pass-chain", passChain(STATES));
      const cpuBefore = emulator.cpuTimeMs();
      const startedAt = performance.now();
      let polls = 0;
      await runBounded(client, stateMachineArn, input, total, IN_FLIGHT, () => {
        polls += 1;
        deadline.check(() => `after ${ms(performance.now() - startedAt)}`);
      });
      const wallMs = performance.now() - startedAt;
      const cpuMs = emulator.cpuTimeMs() - cpuBefore;
      const executions = await listAllExecutions(client, stateMachineArn);
      const succeeded = executions.filter((execution) => execution.status === "SUCCEEDED");
      const firstStart = Math.min(...executions.map((execution) => wireMillis(execution.startDate)));
      const lastStop = Math.max(...succeeded.map((execution) => wireMillis(execution.stopDate)));
      const transitions = succeeded.length * STATES;
      const perSecond = transitions / (wallMs / 1000);
      const serverPerSecond = transitions / ((lastStop - firstStart) / 1000);
      context.log(`throughput: ${succeeded.length}/${total} succeeded in ${ms(wallMs)} (${polls} polls)`);
      // The same run again, each execution awaited by its own client polling DescribeExecution.
      const describedArn = await createStateMachine(client, "pass-chain-described", passChain(STATES));
      const describedAt = performance.now();
      const describedSucceeded = await runDescribing(
        client,
        describedArn,
        input,
        total,
        IN_FLIGHT,
        deadline,
        () => `DescribeExecution polling, after ${ms(performance.now() - describedAt)}`,
      );
      const describedMs = performance.now() - describedAt;
      const describedPerSecond = (describedSucceeded * STATES) / (describedMs / 1000);
      context.log(`throughput polled by DescribeExecution: ${describedSucceeded}/${total} in ${ms(describedMs)}`);
      return {
        name: `Pass chain: ${total} executions x ${STATES} states, ${IN_FLIGHT} in flight`,
        figure: `${Math.round(perSecond).toLocaleString("en-US")} transitions/s`,
        aim: `${AIM_PER_SECOND.toLocaleString("en-US")}/s`,
        met: succeeded.length === total && describedSucceeded === total && perSecond >= AIM_PER_SECOND && describedPerSecond >= AIM_DESCRIBED_PER_SECOND,
        details: [
          `${succeeded.length}/${total} SUCCEEDED in ${ms(wallMs)}`,
          `by the emulator's own start/stop dates: ${Math.round(serverPerSecond).toLocaleString("en-US")}/s`,
          `each execution awaited by DescribeExecution every ${POLL_MS} ms, ${IN_FLIGHT} clients: ${Math.round(describedPerSecond).toLocaleString("en-US")}/s (${describedSucceeded}/${total} SUCCEEDED in ${ms(describedMs)}; aim ${AIM_DESCRIBED_PER_SECOND.toLocaleString("en-US")}/s, 1.5 times aws-local-stepfunctions in process)`,
          `emulator CPU ${((cpuMs * 1000) / Math.max(1, transitions)).toFixed(1)} µs per transition (user + system, polling included)`,
          `${Math.round((wallMs / total) * IN_FLIGHT)} ms per execution`,
          `peak RSS ${Math.round(sampler.stop() / 1048576)} MB`,
        ],
      };
    } finally {
      sampler.stop();
      client.close();
      await emulator.stop();
    }
  },
};
