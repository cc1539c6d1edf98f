/** When executions end (stop, success, failure, catch) their timers and pending tasks are released. */
import {
  CreateActivityCommand,
  GetActivityTaskCommand,
  SendTaskSuccessCommand,
  StopExecutionCommand,
  type SFNClient,
} from "@aws-sdk/client-sfn";
import type { Emulator } from "../index";
import { createMachine, settledExecution, startExecution, useTestEmulator } from "../testing/test-emulator";

interface Health {
  runningExecutions: number;
  armedTimers: number;
  pendingTasks: number;
  queuedActivityTasks: number;
}

let emulator: Emulator;
let sfn: SFNClient;
// Real time, so every Wait arms a timer that stays armed for the length of the test.
useTestEmulator({ waitTimeScale: 1 }, (started) => ({ emulator, sfn } = started));

async function health(): Promise<Health> {
  return (await (await fetch(`${emulator.url}/health`)).json()) as Health;
}

describe("when executions end", () => {
  it("their timers, task timeouts and pending tasks are released, by stop, success, failure or catch", async () => {
    const activity = (await sfn.send(new CreateActivityCommand({ name: "release-worker" }))).activityArn as string;
    const waiting = await createMachine(sfn, { StartAt: "Sleep", States: { Sleep: { Type: "Wait", Seconds: 1000, End: true } } });
    const working = await createMachine(sfn, {
      StartAt: "Work",
      States: { Work: { Type: "Task", Resource: activity, TimeoutSeconds: 600, HeartbeatSeconds: 300, End: true } },
    });
    const halfFailing = await createMachine(sfn, {
      StartAt: "Both",
      States: {
        Both: {
          Type: "Parallel",
          Branches: [
            { StartAt: "Sleep", States: { Sleep: { Type: "Wait", Seconds: 1000, End: true } } },
            { StartAt: "Later", States: { Later: { Type: "Wait", Seconds: 0, Next: "Boom" }, Boom: { Type: "Fail", Error: "Boom" } } },
          ],
          Catch: [{ ErrorEquals: ["States.ALL"], Next: "Done" }],
          End: true,
        },
        Done: { Type: "Succeed" },
      },
    });
    const timed = await createMachine(sfn, { TimeoutSeconds: 900, StartAt: "Done", States: { Done: { Type: "Succeed" } } });

    const sleepers = await Promise.all(Array.from({ length: 5 }, () => startExecution(sfn, waiting)));
    const workers = await Promise.all(Array.from({ length: 4 }, () => startExecution(sfn, working)));
    const caught = await Promise.all(Array.from({ length: 3 }, () => startExecution(sfn, halfFailing)));
    const quick = await Promise.all(Array.from({ length: 3 }, () => startExecution(sfn, timed)));
    for (const arn of [...caught, ...quick]) expect((await settledExecution(sfn, arn)).status).toBe("SUCCEEDED");
    await waitFor(async () => (await health()).pendingTasks === 4);

    // Each sleeper holds its Wait's timer; each worker its task, its timeout and its heartbeat timer.
    expect(await health()).toMatchObject({ runningExecutions: 9, armedTimers: 5 + 4 * 2, pendingTasks: 4, queuedActivityTasks: 4 });

    const task = await sfn.send(new GetActivityTaskCommand({ activityArn: activity }));
    await sfn.send(new SendTaskSuccessCommand({ taskToken: task.taskToken as string, output: "{}" }));
    for (const arn of [...sleepers, ...workers]) await sfn.send(new StopExecutionCommand({ executionArn: arn }));
    for (const arn of [...sleepers, ...workers]) expect((await settledExecution(sfn, arn)).status).not.toBe("RUNNING");

    expect(await health()).toMatchObject({ runningExecutions: 0, armedTimers: 0, pendingTasks: 0, queuedActivityTasks: 0 });
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
