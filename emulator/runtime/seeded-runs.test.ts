/**
 * Seeded runs: the same seed gives the same names, random values, UUIDs, ids and histories run for
 * run, and again after a reset.
 */
import { CreateStateMachineCommand } from "@aws-sdk/client-sfn";
import { startEmulator, type RunningEmulator, type RunResult } from "../index";

const ROLE = "arn:aws:iam::123456789012:role/test";

/** Draws on every source of randomness a state can reach, and waits, so timestamps matter too. */
const DEFINITION = {
  StartAt: "Intrinsics",
  States: {
    Intrinsics: {
      Type: "Pass",
      Parameters: { "uuid.$": "States.UUID()", "random.$": "States.MathRandom(1, 1000000)" },
      Next: "Later",
    },
    Later: { Type: "Wait", Seconds: 90, Next: "Jsonata" },
    Jsonata: {
      Type: "Pass",
      QueryLanguage: "JSONata",
      Output: { "intrinsics": "{% $states.input %}", "uuid": "{% $uuid() %}", "random": "{% $random() %}", "entered": "{% $states.context.State.EnteredTime %}", "pair": [1, 2] },
      Next: "Items",
    },
    Items: {
      Type: "Map",
      ItemsPath: "$.pair",
      ItemSelector: { "u.$": "States.UUID()" },
      ItemProcessor: { ProcessorConfig: { Mode: "INLINE" }, StartAt: "Echo", States: { Echo: { Type: "Pass", End: true } } },
      ResultPath: "$.items",
      End: true,
    },
  },
};

async function runOnce(emu: RunningEmulator): Promise<RunResult> {
  const created = await emu.client.send(new CreateStateMachineCommand({ name: "seeded", definition: JSON.stringify(DEFINITION), roleArn: ROLE }));
  return emu.run(created.stateMachineArn ?? "", {});
}

async function withEmulator(seed: string, work: (emu: RunningEmulator) => Promise<RunResult[]>): Promise<RunResult[]> {
  const emu = await startEmulator({ seed, clock: "auto", clockStart: "2031-03-01T00:00:00Z", logLevel: "silent" });
  try {
    return await work(emu);
  } finally {
    await emu.stop();
  }
}

describe("a seed", () => {
  it("gives identical names, random values, UUIDs and histories run for run, timestamps included", async () => {
    const [first] = await withEmulator("order-tests", async (emu) => [await runOnce(emu)]);
    const [second] = await withEmulator("order-tests", async (emu) => [await runOnce(emu)]);
    expect(first?.status).toBe("SUCCEEDED");
    expect(second?.executionArn).toBe(first?.executionArn);
    expect(second?.history).toEqual(first?.history);
    expect(second?.output).toEqual(first?.output);
  });

  it("gives different values under another seed", async () => {
    const [first] = await withEmulator("one", async (emu) => [await runOnce(emu)]);
    const [second] = await withEmulator("two", async (emu) => [await runOnce(emu)]);
    expect(second?.executionArn).not.toBe(first?.executionArn);
    expect(second?.output).not.toEqual(first?.output);
  });

  it("starts again from the seed and the clock's start after a reset", async () => {
    const [first, second] = await withEmulator("reset", async (emu) => {
      const before = await runOnce(emu);
      await emu.reset();
      return [before, await runOnce(emu)];
    });
    expect(first?.status).toBe("SUCCEEDED");
    expect(second?.history).toEqual(first?.history);
  });
});

describe("a seed with tasks", () => {
  /** A local handler's lambda:invoke result and a mocked callback's hand-over both carry ids the emulator makes up. */
  const TASKS = {
    StartAt: "Local",
    States: {
      Local: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: "local-fn", Payload: { a: 1 } }, Next: "Mocked" },
      Mocked: {
        Type: "Task",
        Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
        Parameters: { QueueUrl: "q", MessageBody: { "token.$": "$$.Task.Token" } },
        End: true,
      },
    },
  };
  const MOCKS = {
    StateMachines: { tasks: { TestCases: { Seeded: { Mocked: "Confirmed" } } } },
    MockedResponses: { Confirmed: { "0": { Return: { confirmed: true } } } },
  };

  async function runTasks(): Promise<RunResult> {
    const emu = await startEmulator({ seed: "tasks", clock: "virtual", clockStart: 0, logLevel: "silent", mockConfig: MOCKS, handlers: { "local-fn": () => ({ ok: true }) } });
    try {
      const created = await emu.client.send(new CreateStateMachineCommand({ name: "tasks", definition: JSON.stringify(TASKS), roleArn: ROLE }));
      return await emu.run(created.stateMachineArn ?? "", {}, { testCase: "Seeded" });
    } finally {
      await emu.stop();
    }
  }

  it("gives identical histories with mocked and local-handler tasks, their made-up request and trace ids included", async () => {
    const first = await runTasks();
    const second = await runTasks();
    expect(first.status).toBe("SUCCEEDED");
    expect(first.history.some((event) => event.type === "TaskSubmitted")).toBe(true);
    expect(second.history).toEqual(first.history);
  });
});
