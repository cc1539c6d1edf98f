/**
 * RedriveExecution: a failed execution runs again from the state it failed in; running or succeeded
 * ones are not redrivable.
 */
import {
  CreateStateMachineCommand,
  GetExecutionHistoryCommand,
  RedriveExecutionCommand,
  SFNClient,
  StartExecutionCommand,
} from "@aws-sdk/client-sfn";
import { failure, settledExecution, useTestEmulator } from "../testing/test-emulator";

const ROLE = "arn:aws:iam::123456789012:role/any";
// Fails on the first run (invalid JSON text) and succeeds once redriven, by reading $$.Execution.RedriveCount.
const DEFINITION = JSON.stringify({
  StartAt: "First",
  States: {
    First: { Type: "Pass", Result: "done", ResultPath: "$.first", Next: "Flaky" },
    Flaky: {
      Type: "Pass",
      Parameters: {
        "parsed.$": "States.StringToJson(States.ArrayGetItem(States.Array('not json', '{\"ok\":true}'), $$.Execution.RedriveCount))",
      },
      End: true,
    },
  },
});

let sfn: SFNClient;

useTestEmulator({}, (started) => ({ sfn } = started));

describe("RedriveExecution", () => {
  it("runs a failed execution again from the state it failed in, keeping the earlier history", async () => {
    const { stateMachineArn } = await sfn.send(new CreateStateMachineCommand({ name: "flaky", definition: DEFINITION, roleArn: ROLE }));
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn, input: "{}" }));
    expect((await settledExecution(sfn, executionArn as string)).status).toBe("FAILED");

    const redriven = await sfn.send(new RedriveExecutionCommand({ executionArn }));
    expect(redriven.redriveDate).toBeInstanceOf(Date);
    const described = await settledExecution(sfn, executionArn as string);
    expect(described).toMatchObject({ status: "SUCCEEDED", redriveCount: 1, output: '{"parsed":{"ok":true}}' });
    expect(described.redriveDate).toBeInstanceOf(Date);

    const history = await sfn.send(new GetExecutionHistoryCommand({ executionArn }));
    expect(history.events?.map((event) => event.type)).toEqual([
      "ExecutionStarted",
      "PassStateEntered",
      "PassStateExited",
      "PassStateEntered",
      "ExecutionFailed",
      "ExecutionRedriven",
      "PassStateEntered",
      "PassStateExited",
      "ExecutionSucceeded",
    ]);
    expect(history.events?.[5]).toMatchObject({ id: 6, previousEventId: 5, executionRedrivenEventDetails: { redriveCount: 1 } });
    expect(history.events?.[6]).toMatchObject({ previousEventId: 6, stateEnteredEventDetails: { name: "Flaky" } });
  });

  it("refuses a running or succeeded execution with ExecutionNotRedrivable", async () => {
    const { stateMachineArn } = await sfn.send(
      new CreateStateMachineCommand({
        name: "fine",
        definition: JSON.stringify({ StartAt: "P", States: { P: { Type: "Pass", End: true } } }),
        roleArn: ROLE,
      }),
    );
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn }));
    await settledExecution(sfn, executionArn as string);
    const refused = await failure(sfn.send(new RedriveExecutionCommand({ executionArn })));
    expect(refused).toMatchObject({ name: "ExecutionNotRedrivable", message: "Execution is SUCCEEDED and cannot be redriven" });
  });
});
