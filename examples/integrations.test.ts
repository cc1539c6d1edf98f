// The README's local handlers file and its mock config worked example, loaded by emulators started with them.
import { CreateActivityCommand, type SFNClient } from "@aws-sdk/client-sfn";
import { createMachine, settledExecution, startExecution, useTestEmulator } from "../emulator/testing/test-emulator";
import { examplePath, runShellExample, startEmulatorAsIn, type StartedEmulator } from "./run-example";

describe("local-handlers/handlers.json", () => {
  let sfn: SFNClient;
  useTestEmulator({ handlersPath: examplePath("local-handlers/handlers.json") }, (started) => {
    sfn = started.sfn;
  });

  it("serves a Lambda by name, a function ARN, an SQS call and an activity from its modules", async () => {
    const { activityArn } = await sfn.send(new CreateActivityCommand({ name: "approve" }));
    const arn = await createMachine(sfn, {
      StartAt: "CheckStock",
      States: {
        CheckStock: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: "checkStock", "Payload.$": "$" }, OutputPath: "$.Payload", Next: "Charge" },
        Charge: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:charge", Next: "Notify" },
        Notify: {
          Type: "Task",
          Resource: "arn:aws:states:::sqs:sendMessage",
          Parameters: { QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/orders", "MessageBody.$": "$" },
          ResultPath: "$.sent",
          Next: "Approve",
        },
        Approve: { Type: "Task", Resource: activityArn, ResultPath: "$.approval", End: true },
      },
    });
    const done = await settledExecution(sfn, await startExecution(sfn, arn, { quantity: 3 }));
    expect(done.status).toBe("SUCCEEDED");
    expect(JSON.parse(done.output ?? "null")).toEqual({
      quantity: 3,
      inStock: true,
      charged: 15,
      sent: { MessageId: "local-Notify", QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/orders" },
      approval: { approved: true },
    });
  });

  it("fails the task with the thrown error's name", async () => {
    const arn = await createMachine(sfn, {
      StartAt: "Charge",
      States: { Charge: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:charge", End: true } },
    });
    const done = await settledExecution(sfn, await startExecution(sfn, arn, { inStock: false }));
    expect({ status: done.status, error: done.error }).toEqual({ status: "FAILED", error: "CardDeclined" });
  });
});

// mock-config/start-emulator.sh starts the emulator with mock-config/MockConfigFile.json and
// mock-config/handlers.json (which loads mock-config/ship.js); orders.sh's result depends on all three.
describe("mock-config worked example", () => {
  let started: StartedEmulator | undefined;
  beforeAll(async () => {
    started = await startEmulatorAsIn("mock-config/start-emulator.sh");
  });
  afterAll(async () => {
    await started?.stop();
  });

  it("mock-config/orders.sh: Charge is throttled twice by the mock, then Ship runs the local handler", async () => {
    if (started === undefined) throw new Error("the emulator did not start");
    const { stdout } = await runShellExample("mock-config/orders.sh", started.url);
    expect(stdout).toContain('"status": "SUCCEEDED"');
    expect(stdout).toContain('"output": "{\\"shipped\\":true,\\"charged\\":42}"');
    const types = JSON.parse(stdout.slice(stdout.lastIndexOf("["))) as string[];
    expect(types.filter((type) => type === "TaskFailed" || type === "TaskSucceeded")).toEqual(["TaskFailed", "TaskFailed", "TaskSucceeded", "TaskSucceeded"]);
  });
});

