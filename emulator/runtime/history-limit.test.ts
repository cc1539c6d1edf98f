/**
 * The 25,000-event history limit: a Standard execution that would pass it fails at exactly 25,000; an
 * Express one is not limited.
 */
import {
  CreateStateMachineCommand,
  GetExecutionHistoryCommand,
  SFNClient,
  StartExecutionCommand,
  StartSyncExecutionCommand,
} from "@aws-sdk/client-sfn";
import { settledExecution, useTestEmulator } from "../testing/test-emulator";

const ROLE = "arn:aws:iam::123456789012:role/any";
// 7,000 Map iterations of one Pass state write about 28,000 events.
const DEFINITION = JSON.stringify({
  StartAt: "Map",
  States: {
    Map: {
      Type: "Map",
      ItemsPath: "$.items",
      ItemProcessor: { StartAt: "Item", States: { Item: { Type: "Pass", End: true } } },
      End: true,
    },
  },
});
const INPUT = JSON.stringify({ items: Array.from({ length: 7000 }, (_, i) => i) });

describe("the 25,000-event history limit", () => {
  let client: SFNClient;

  useTestEmulator({}, (started) => ({ sfn: client } = started));

  it("fails a Standard execution whose history would pass 25,000 events, with exactly 25,000", async () => {
    const { stateMachineArn } = await client.send(
      new CreateStateMachineCommand({ name: "long-history", definition: DEFINITION, roleArn: ROLE }),
    );
    const { executionArn } = await client.send(new StartExecutionCommand({ stateMachineArn, input: INPUT }));
    expect((await settledExecution(client, executionArn as string)).status).toBe("FAILED");
    const last = await client.send(new GetExecutionHistoryCommand({ executionArn, reverseOrder: true, maxResults: 1 }));
    expect(last.events?.[0]).toMatchObject({
      id: 25000,
      type: "ExecutionFailed",
      executionFailedEventDetails: { error: "States.Runtime" },
    });
  });

  it("does not limit an Express execution, which keeps no history", async () => {
    const { stateMachineArn } = await client.send(
      new CreateStateMachineCommand({ name: "long-express", definition: DEFINITION, roleArn: ROLE, type: "EXPRESS" }),
    );
    const result = await client.send(new StartSyncExecutionCommand({ stateMachineArn, input: INPUT }));
    expect(result.status).toBe("SUCCEEDED");
  });
});
