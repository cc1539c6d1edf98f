/** Workflow coverage counts the states a DISTRIBUTED Map's child executions ran, under the parent state machine. */
import { CreateStateMachineCommand } from "@aws-sdk/client-sfn";
import { assertCoverage, startEmulator } from "sfn-emulator";

test("counts the item processor of a DISTRIBUTED Map and names the branch no invoice took", async () => {
  const emu = await startEmulator();
  try {
    const created = await emu.client.send(
      new CreateStateMachineCommand({
        name: "Invoices",
        roleArn: "arn:aws:iam::123456789012:role/invoices",
        definition: JSON.stringify({
          StartAt: "EachInvoice",
          States: {
            EachInvoice: {
              Type: "Map",
              ItemsPath: "$.invoices",
              ItemProcessor: {
                ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "EXPRESS" },
                StartAt: "Paid?",
                States: {
                  "Paid?": { Type: "Choice", Choices: [{ Variable: "$.paid", BooleanEquals: true, Next: "Archive" }], Default: "Remind" },
                  Archive: { Type: "Pass", End: true },
                  Remind: { Type: "Pass", End: true },
                },
              },
              End: true,
            },
          },
        }),
      }),
    );
    await emu.run(created.stateMachineArn ?? "", { invoices: [{ paid: true }, { paid: true }] });

    const [invoices] = emu.coverage().stateMachines;
    expect(invoices?.states.counts).toEqual({ EachInvoice: 1, "Paid?": 2, Archive: 2, Remind: 0 });
    expect(() => assertCoverage(emu.coverage(), { states: 1 })).toThrow("never exercised: Remind");
  } finally {
    await emu.stop();
  }
});
