/**
 * TestState: inspection data per level, Choice's next state, mocked Tasks, retriers and catchers, a
 * named state of a whole machine and its refusals.
 */
import { SFNClient, TestStateCommand } from "@aws-sdk/client-sfn";
import { failure, useTestEmulator } from "../testing/test-emulator";

const ROLE = "arn:aws:iam::123456789012:role/sfn-role";

let sfn: SFNClient;

useTestEmulator({}, (started) => ({ sfn } = started));

function testState(request: Omit<ConstructorParameters<typeof TestStateCommand>[0], "definition"> & { definition: object }) {
  return sfn.send(new TestStateCommand({ roleArn: ROLE, ...request, definition: JSON.stringify(request.definition) }));
}

describe("TestState", () => {
  it("reports each JSONPath step of a Pass state at DEBUG", async () => {
    const out = await testState({
      definition: { Type: "Pass", InputPath: "$.data", Parameters: { "v.$": "$.x" }, ResultPath: "$.out", End: true },
      input: JSON.stringify({ data: { x: 1 } }),
      inspectionLevel: "DEBUG",
    });
    expect(out.status).toBe("SUCCEEDED");
    expect(JSON.parse(out.output as string)).toEqual({ data: { x: 1 }, out: { v: 1 } });
    expect(out.nextState).toBeUndefined();
    const data = out.inspectionData ?? {};
    expect(JSON.parse(data.afterInputPath as string)).toEqual({ x: 1 });
    expect(JSON.parse(data.afterParameters as string)).toEqual({ v: 1 });
    expect(JSON.parse(data.afterResultPath as string)).toEqual({ data: { x: 1 }, out: { v: 1 } });
  });

  it("leaves out inspection data at INFO", async () => {
    const out = await testState({ definition: { Type: "Pass", End: true }, input: "{}", inspectionLevel: "INFO" });
    expect(out.inspectionData).toBeUndefined();
    expect(out.output).toBe("{}");
  });

  it("names the Choice's next state", async () => {
    const out = await testState({
      definition: { Type: "Choice", Choices: [{ Variable: "$.n", NumericGreaterThan: 1, Next: "Big" }], Default: "Small" },
      input: JSON.stringify({ n: 5 }),
    });
    expect(out).toMatchObject({ status: "SUCCEEDED", nextState: "Big" });
  });

  it("answers a Task from the mock's result", async () => {
    const out = await testState({
      definition: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", ResultSelector: { "p.$": "$.Payload" }, End: true },
      input: "{}",
      inspectionLevel: "TRACE",
      mock: { result: JSON.stringify({ Payload: 42 }) },
    });
    expect(out.status).toBe("SUCCEEDED");
    expect(JSON.parse(out.output as string)).toEqual({ p: 42 });
    expect(JSON.parse(out.inspectionData?.result as string)).toEqual({ Payload: 42 });
  });

  it("reports a matching retrier as RETRIABLE with its backoff", async () => {
    const out = await testState({
      definition: {
        Type: "Task",
        Resource: "arn:aws:states:::lambda:invoke",
        Retry: [{ ErrorEquals: ["Boom"], IntervalSeconds: 2, BackoffRate: 3, MaxAttempts: 3 }],
        End: true,
      },
      inspectionLevel: "DEBUG",
      mock: { errorOutput: { error: "Boom", cause: "bad" } },
      stateConfiguration: { retrierRetryCount: 1 },
    });
    expect(out).toMatchObject({ status: "RETRIABLE", error: "Boom", cause: "bad" });
    expect(out.inspectionData?.errorDetails).toEqual({ retryIndex: 0, retryBackoffIntervalSeconds: 6 });
  });

  it("reports a matching catcher as CAUGHT_ERROR with its output and next state", async () => {
    const out = await testState({
      definition: {
        Type: "Task",
        Resource: "arn:aws:states:::lambda:invoke",
        Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.err", Next: "Handle" }],
        End: true,
      },
      input: JSON.stringify({ a: 1 }),
      mock: { errorOutput: { error: "Boom", cause: "bad" } },
    });
    expect(out).toMatchObject({ status: "CAUGHT_ERROR", nextState: "Handle", error: "Boom" });
    expect(JSON.parse(out.output as string)).toEqual({ a: 1, err: { Error: "Boom", Cause: "bad" } });
  });

  it("tests one named state of a whole state machine", async () => {
    const out = await testState({
      definition: { StartAt: "A", States: { A: { Type: "Pass", Next: "B" }, B: { Type: "Fail", Error: "E", Cause: "C" } } },
      stateName: "B",
      input: "{}",
    });
    expect(out).toMatchObject({ status: "FAILED", error: "E", cause: "C" });
  });

  it("does not wait in a Wait state", async () => {
    const started = Date.now();
    const out = await testState({ definition: { Type: "Wait", Seconds: 3600, Next: "After" }, input: "{}" });
    expect(out).toMatchObject({ status: "SUCCEEDED", nextState: "After" });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("refuses a mock for a Pass state in AWS's words", async () => {
    const error = await failure(testState({ definition: { Type: "Pass", End: true }, mock: { result: "{}" } }));
    expect(error).toMatchObject({ name: "ValidationException", message: "State type 'Pass' is not supported when a mock is specified" });
  });

  it("refuses a state name the definition does not have", async () => {
    const error = await failure(testState({ definition: { StartAt: "A", States: { A: { Type: "Succeed" } } }, stateName: "Z" }));
    expect(error).toMatchObject({ name: "ValidationException", message: "State not found in definition" });
  });

  it("refuses a Parallel state without a mock", async () => {
    const definition = { Type: "Parallel", Branches: [{ StartAt: "P", States: { P: { Type: "Pass", End: true } } }], End: true };
    const error = await failure(testState({ definition }));
    expect(error.name).toBe("InvalidDefinition");
  });
});
