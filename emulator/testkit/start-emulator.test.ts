/**
 * startEmulator: a free port with a client and ARNs in its region and account, mock config errors,
 * wait timeouts, and Express runs refused.
 */
import { CreateStateMachineCommand, StartExecutionCommand } from "@aws-sdk/client-sfn";
import { startEmulator } from "../index";

const definition = (states: object, startAt: string): string => JSON.stringify({ StartAt: startAt, States: states });

describe("startEmulator", () => {
  it("listens on a free port with a client for it, and puts the region and account in ARNs", async () => {
    const emu = await startEmulator({ region: "eu-west-1", account: "111122223333", logLevel: "silent" });
    try {
      expect(emu.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const created = await emu.client.send(
        new CreateStateMachineCommand({ name: "where", definition: definition({ P: { Type: "Pass", End: true } }, "P"), roleArn: "arn:aws:iam::111122223333:role/r" }),
      );
      expect(created.stateMachineArn).toBe("arn:aws:states:eu-west-1:111122223333:stateMachine:where");
      const result = await emu.run(created.stateMachineArn ?? "", { a: 1 }, { name: "first" });
      expect(result).toMatchObject({
        executionArn: "arn:aws:states:eu-west-1:111122223333:execution:where:first",
        status: "SUCCEEDED",
        output: { a: 1 },
        error: undefined,
        statesVisited: ["P"],
      });
      expect(result.history.map((event) => event.type)).toEqual(["ExecutionStarted", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"]);
    } finally {
      await emu.stop();
    }
  });

  it("rejects a mock config object that is not a valid mock config, naming the problem", async () => {
    await expect(startEmulator({ mockConfig: { StateMachines: 3 }, logLevel: "silent" })).rejects.toThrow(/StateMachines/);
  });

  it("gives up waiting for an execution after timeoutMs with an error naming it", async () => {
    const emu = await startEmulator({ clock: "virtual", logLevel: "silent" });
    try {
      const created = await emu.client.send(
        new CreateStateMachineCommand({ name: "slow", definition: definition({ W: { Type: "Wait", Seconds: 60, End: true } }, "W"), roleArn: "arn:aws:iam::123456789012:role/r" }),
      );
      const started = await emu.client.send(new StartExecutionCommand({ stateMachineArn: created.stateMachineArn ?? "" }));
      await expect(emu.waitForExecution(started.executionArn ?? "", { timeoutMs: 0 })).rejects.toThrow(`execution still RUNNING after 0 ms: ${started.executionArn}`);
      await emu.clock.advance(60_000);
      await expect(emu.waitForExecution(started.executionArn ?? "", { timeoutMs: 0 })).resolves.toMatchObject({ status: "SUCCEEDED" });
    } finally {
      await emu.stop();
    }
  });
});

describe("emu.run on an Express state machine", () => {
  it("says to use StartSyncExecution, since there is no record to wait on", async () => {
    const emu = await startEmulator({ logLevel: "silent" });
    try {
      const created = await emu.client.send(
        new CreateStateMachineCommand({ name: "quick", type: "EXPRESS", definition: definition({ P: { Type: "Pass", End: true } }, "P"), roleArn: "arn:aws:iam::123456789012:role/r" }),
      );
      await expect(emu.run(created.stateMachineArn ?? "", {})).rejects.toThrow("start Express state machines with StartSyncExecutionCommand");
    } finally {
      await emu.stop();
    }
  });
});
