/**
 * Local handlers answering Lambda tasks, and nested executions through `states:startExecution`
 * (`.sync`, `.sync:2`) and `aws-sdk:sfn`.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { SFNClient } from "@aws-sdk/client-sfn";
import type { Emulator } from "../..";
import { createMachine, finalHistory, startExecution, startTestEmulator, types } from "../../testing/test-emulator";

describe("local handlers and nested executions", () => {
  let dir: string;
  let emulator: Emulator;
  let sfn: SFNClient;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-handlers-"));
    fs.writeFileSync(
      path.join(dir, "greet.js"),
      "exports.handler = async (input, context) => ({ greeting: `hello ${input.name}`, state: context.stateName });\n",
    );
    fs.writeFileSync(
      path.join(dir, "fail.js"),
      "class OutOfStock extends Error { constructor(m) { super(m); this.name = 'OutOfStock'; } }\n" +
        "module.exports = { reject: () => { throw new OutOfStock('none left'); } };\n",
    );
    fs.writeFileSync(path.join(dir, "handlers.json"), JSON.stringify({ greet: "./greet.js", "sqs:sendMessage": "./fail.js#reject" }));
    ({ emulator, sfn } = await startTestEmulator({ handlersPath: path.join(dir, "handlers.json") }));
  });

  afterAll(async () => {
    sfn.destroy();
    await emulator.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("serves lambda:invoke from a handler module mapped by function name", async () => {
    const arn = await createMachine(sfn, {
      StartAt: "Greet",
      States: {
        Greet: {
          Type: "Task",
          Resource: "arn:aws:states:::lambda:invoke",
          Parameters: { FunctionName: "arn:aws:lambda:us-east-1:123456789012:function:greet", "Payload.$": "$" },
          OutputPath: "$.Payload",
          End: true,
        },
      },
    });
    const events = await finalHistory(sfn, await startExecution(sfn, arn, { name: "Lin" }));
    expect(JSON.parse(events[events.length - 1]?.executionSucceededEventDetails?.output ?? "{}")).toEqual({
      greeting: "hello Lin",
      state: "Greet",
    });
  });

  it("turns a handler's throw into a task failure named by the error", async () => {
    const arn = await createMachine(sfn, {
      StartAt: "Send",
      States: { Send: { Type: "Task", Resource: "arn:aws:states:::sqs:sendMessage", Parameters: { QueueUrl: "q", MessageBody: "m" }, End: true } },
    });
    const events = await finalHistory(sfn, await startExecution(sfn, arn));
    const failed = events.find((event) => event.type === "TaskFailed")?.taskFailedEventDetails;
    expect(failed).toMatchObject({ error: "OutOfStock", cause: "none left", resource: "sendMessage", resourceType: "sqs" });
  });

  it("runs a child execution with startExecution.sync:2 and returns its output as JSON", async () => {
    const child = await createMachine(sfn, { StartAt: "Echo", States: { Echo: { Type: "Pass", Result: { child: true }, End: true } } });
    const parent = await createMachine(sfn, {
      StartAt: "Run",
      States: {
        Run: {
          Type: "Task",
          Resource: "arn:aws:states:::states:startExecution.sync:2",
          Parameters: { StateMachineArn: child, Input: { "parent.$": "$$.Execution.Id" } },
          End: true,
        },
      },
    });
    const parentArn = await startExecution(sfn, parent);
    const events = await finalHistory(sfn, parentArn);
    const output = JSON.parse(events[events.length - 1]?.executionSucceededEventDetails?.output ?? "{}");
    expect(output).toMatchObject({ Status: "SUCCEEDED", Output: { child: true }, Input: { parent: parentArn }, StateMachineArn: child });
    expect(types(events).slice(3, 6)).toEqual(["TaskStarted", "TaskSubmitted", "TaskSucceeded"]);
    const submitted = JSON.parse(events[4]?.taskSubmittedEventDetails?.output ?? "{}");
    expect(submitted).toMatchObject({ ExecutionArn: output.ExecutionArn, SdkResponseMetadata: { RequestId: expect.any(String) } });
  });

  it("gives the child's output as text with startExecution.sync and fails when the child fails", async () => {
    const child = await createMachine(sfn, { StartAt: "Boom", States: { Boom: { Type: "Fail", Error: "ChildError", Cause: "bad" } } });
    const parent = await createMachine(sfn, {
      StartAt: "Run",
      States: { Run: { Type: "Task", Resource: "arn:aws:states:::states:startExecution.sync", Parameters: { StateMachineArn: child }, End: true } },
    });
    const events = await finalHistory(sfn, await startExecution(sfn, parent));
    expect(types(events).slice(-2)).toEqual(["TaskFailed", "ExecutionFailed"]);
    const failed = events.find((event) => event.type === "TaskFailed")?.taskFailedEventDetails;
    expect(failed?.error).toBe("States.TaskFailed");
    expect(JSON.parse(failed?.cause ?? "{}")).toMatchObject({ Status: "FAILED", Error: "ChildError", Cause: "bad" });
  });

  it("serves aws-sdk:sfn actions from this emulator, with PascalCase results and ISO dates", async () => {
    const child = await createMachine(sfn, { StartAt: "Done", States: { Done: { Type: "Succeed" } } });
    const parent = await createMachine(sfn, {
      StartAt: "Start",
      States: {
        Start: { Type: "Task", Resource: "arn:aws:states:::aws-sdk:sfn:startExecution", Parameters: { StateMachineArn: child, Input: { key: "value" } }, End: true },
      },
    });
    const events = await finalHistory(sfn, await startExecution(sfn, parent));
    const output = JSON.parse(events[events.length - 1]?.executionSucceededEventDetails?.output ?? "{}");
    expect(Object.keys(output).sort()).toEqual(["ExecutionArn", "StartDate"]);
    expect(output.StartDate).toMatch(/^\d{4}-\d\d-\d\dT/);
    const childEvents = await finalHistory(sfn, output.ExecutionArn);
    expect(childEvents[0]?.executionStartedEventDetails?.input).toBe('{"key":"value"}');
  });

  it("names aws-sdk:sfn API errors Sfn.<Code>Exception", async () => {
    const machine = await createMachine(sfn, {
      StartAt: "Describe",
      States: {
        Describe: {
          Type: "Task",
          Resource: "arn:aws:states:::aws-sdk:sfn:describeExecution",
          Parameters: { ExecutionArn: "arn:aws:states:us-east-1:123456789012:execution:nope:nope" },
          End: true,
        },
      },
    });
    const events = await finalHistory(sfn, await startExecution(sfn, machine));
    const failed = events.find((event) => event.type === "TaskFailed")?.taskFailedEventDetails;
    expect(failed?.error).toBe("Sfn.ExecutionDoesNotExistException");
    expect(failed?.cause).toMatch(/\(Service: Sfn, Status Code: 400, Request ID: .*\) \(SDK Attempt Count: 1\)$/);
  });
});
