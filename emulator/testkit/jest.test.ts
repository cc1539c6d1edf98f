/**
 * The `sfn-emulator/jest` matchers: success, failure and visited states read from a run's result;
 * anything else refused.
 */
import "./jest";
import { CreateStateMachineCommand } from "@aws-sdk/client-sfn";
import { startEmulator, type RunningEmulator, type RunResult } from "../index";

const ROLE = "arn:aws:iam::123456789012:role/test";

let emu: RunningEmulator;
let succeeded: RunResult;
let failed: RunResult;

beforeAll(async () => {
  emu = await startEmulator({ logLevel: "silent" });
  const definition = {
    StartAt: "Check",
    States: {
      Check: { Type: "Choice", Choices: [{ Variable: "$.ok", BooleanEquals: true, Next: "Prepare" }], Default: "Reject" },
      Prepare: { Type: "Pass", Result: { prepared: true }, Next: "Finish" },
      Finish: { Type: "Pass", End: true },
      Reject: { Type: "Fail", Error: "Order.Rejected", Cause: "not ok" },
    },
  };
  const created = await emu.client.send(new CreateStateMachineCommand({ name: "matchers", definition: JSON.stringify(definition), roleArn: ROLE }));
  succeeded = await emu.run(created.stateMachineArn ?? "", { ok: true });
  failed = await emu.run(created.stateMachineArn ?? "", { ok: false });
});
afterAll(() => emu.stop());

describe("sfn-emulator/jest matchers", () => {
  it("toHaveSucceeded and toHaveSucceededWith read the status and the parsed output", () => {
    expect(succeeded).toHaveSucceeded();
    expect(succeeded).toHaveSucceededWith({ prepared: true });
    expect(succeeded).toHaveSucceededWith(expect.objectContaining({ prepared: expect.any(Boolean) }));
    expect(failed).not.toHaveSucceeded();
    expect(() => expect(failed).toHaveSucceeded()).toThrow("expected the execution to succeed, it ended FAILED with Order.Rejected (not ok)");
    expect(() => expect(succeeded).toHaveSucceededWith({ prepared: false })).toThrow('it ended SUCCEEDED with {"prepared":true}');
  });

  it("toHaveFailedWith matches the error, and the cause when given", () => {
    expect(failed).toHaveFailedWith("Order.Rejected");
    expect(failed).toHaveFailedWith("Order.Rejected", "not ok");
    expect(failed).not.toHaveFailedWith("Order.Rejected", "other cause");
    expect(() => expect(succeeded).toHaveFailedWith("Order.Rejected")).toThrow("to fail with Order.Rejected, it ended SUCCEEDED");
  });

  it("toHaveVisited and toHaveVisitedInOrder read the states entered", () => {
    expect(succeeded).toHaveVisited(["Finish", "Check"]);
    expect(succeeded).toHaveVisitedInOrder(["Check", "Finish"]);
    expect(succeeded).not.toHaveVisitedInOrder(["Finish", "Check"]);
    expect(succeeded).not.toHaveVisited(["Reject"]);
    expect(() => expect(succeeded).toHaveVisited(["Reject"])).toThrow("expected the execution to visit Reject; it visited Check > Prepare > Finish");
  });

  it("refuses something that is not a run result", () => {
    expect(() => expect({ status: "SUCCEEDED" }).toHaveSucceeded()).toThrow("expected the result of emu.run(...)");
  });
});
