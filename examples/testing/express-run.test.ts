/**
 * emu.run on an Express state machine: it runs to its end in the test's process and gives its
 * history, though AWS keeps none for Express executions.
 */
import { CreateStateMachineCommand, StartExecutionCommand } from "@aws-sdk/client-sfn";
import { startEmulator, type RunningEmulator } from "sfn-emulator";
import "sfn-emulator/jest";

let emu: RunningEmulator;
let quote: string;

beforeAll(async () => {
  emu = await startEmulator({
    clock: "auto",
    mockConfig: {
      StateMachines: { Quote: { TestCases: { BusyOnce: { Price: "BusyThenPriced" } } } },
      MockedResponses: {
        BusyThenPriced: {
          "0": { Throw: { Error: "Lambda.TooManyRequestsException", Cause: "slow down" } },
          "1": { Return: { StatusCode: 200, Payload: { price: 42 } } },
        },
      },
    },
  });
  const created = await emu.client.send(
    new CreateStateMachineCommand({
      name: "Quote",
      type: "EXPRESS",
      roleArn: "arn:aws:iam::123456789012:role/quotes",
      definition: JSON.stringify({
        StartAt: "Price",
        States: {
          Price: {
            Type: "Task",
            Resource: "arn:aws:states:::lambda:invoke",
            Parameters: { FunctionName: "price", "Payload.$": "$" },
            OutputPath: "$.Payload",
            Retry: [{ ErrorEquals: ["Lambda.TooManyRequestsException"], IntervalSeconds: 2 }],
            Next: "HoldFiveMinutes",
          },
          HoldFiveMinutes: { Type: "Wait", Seconds: 300, End: true },
        },
      }),
    }),
  );
  quote = created.stateMachineArn ?? "";
});

afterAll(() => emu.stop());

test("prices a quote after one retry, then holds it five minutes", async () => {
  const result = await emu.run(quote, { item: "lamp" }, { testCase: "BusyOnce" });

  expect(result).toHaveSucceededWith({ price: 42 });
  expect(result).toHaveVisitedInOrder(["Price", "HoldFiveMinutes"]);
  // On the auto clock the 2 s backoff and the 5 min Wait pass at once, stamped as they would have been.
  const [first, last] = [result.history[0], result.history.at(-1)];
  expect((last?.timestamp?.getTime() ?? 0) - (first?.timestamp?.getTime() ?? 0)).toBe(302_000);
});

test("waitForExecution answers for an Express execution started with the SDK", async () => {
  const started = await emu.client.send(new StartExecutionCommand({ stateMachineArn: `${quote}#BusyOnce`, input: "{}" }));
  const described = await emu.waitForExecution(started.executionArn ?? "");

  expect(described).toMatchObject({ status: "SUCCEEDED", output: '{"price":42}' });
});
