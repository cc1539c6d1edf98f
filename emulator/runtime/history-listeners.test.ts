/** Tests of history listeners: they hear every event of Standard and Express executions once, in order. */
import { CreateStateMachineCommand, SFNClient, StartExecutionCommand, StartSyncExecutionCommand } from "@aws-sdk/client-sfn";
import type { HistoryEvent as StoredEvent } from "../asl/history/history-event";
import { createMachine, finalHistory } from "../testing/test-emulator";
import type { ExecutionRecord } from "../store/records";
import { createEmulator } from "../index";

describe("history listeners", () => {
  it("hear every event of Standard and Express executions once, in order", async () => {
    const heard: Array<{ execution: ExecutionRecord; events: readonly StoredEvent[] }> = [];
    const emulator = await createEmulator(
      { port: 0, inMemory: true, logLevel: "silent", waitTimeScale: 0 },
      { historyListeners: [{ onEvents: (execution, events) => heard.push({ execution, events }) }] },
    );
    const client = new SFNClient({ endpoint: emulator.url, region: "us-east-1", credentials: { accessKeyId: "t", secretAccessKey: "t" }, disableHostPrefix: true });
    const eventsOf = (arn: string | undefined) => heard.filter((entry) => entry.execution.executionArn === arn).flatMap((entry) => entry.events);
    try {
      const definition = { StartAt: "Wait", States: { Wait: { Type: "Wait", Seconds: 1, Next: "Done" }, Done: { Type: "Pass", End: true } } };
      const machineArn = await createMachine(client, definition, "Listened");
      const started = await client.send(new StartExecutionCommand({ stateMachineArn: machineArn, input: "{}" }));
      const history = await finalHistory(client, started.executionArn as string);
      expect(heard.filter((entry) => entry.execution.executionArn === started.executionArn).every((entry) => entry.execution.stateMachineArn === machineArn)).toBe(true);
      expect(eventsOf(started.executionArn).map((event) => [event.id, event.type])).toEqual(history.map((event) => [event.id, event.type]));

      const express = await client.send(
        new CreateStateMachineCommand({ name: "ListenedExpress", type: "EXPRESS", definition: JSON.stringify(definition), roleArn: "arn:aws:iam::123456789012:role/r" }),
      );
      const sync = await client.send(new StartSyncExecutionCommand({ stateMachineArn: express.stateMachineArn, input: "{}" }));
      expect(eventsOf(sync.executionArn).map((event) => event.type)).toEqual([
        "ExecutionStarted", "WaitStateEntered", "WaitStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded",
      ]);
    } finally {
      client.destroy();
      await emulator.close();
    }
  });
});
