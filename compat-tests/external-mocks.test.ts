import type { CompatCase } from "./case-loader";
import { EXTERNAL_TEST_CASE, planExternalCase } from "./external-mocks";

function externalCase(overrides: Record<string, unknown>): CompatCase {
  const raw = {
    id: "x/y",
    kind: "execution_external",
    area: "x",
    requires: ["fixture:create_lambda_function"],
    definition_template: JSON.stringify({ StartAt: "Invoke", States: { Invoke: { Type: "Task", Resource: "${create_lambda_function['CreateFunctionResponse']['FunctionArn']}", End: true } } }),
    input_template: "{}",
    expected: {
      events: [
        { id: 1, previousEventId: 0, type: "ExecutionStarted" },
        { id: 2, previousEventId: 0, type: "TaskStateEntered", stateEnteredEventDetails: { name: "Invoke" } },
        { id: 3, previousEventId: 2, type: "LambdaFunctionScheduled" },
        { id: 4, previousEventId: 3, type: "LambdaFunctionFailed", lambdaFunctionFailedEventDetails: { error: "Exception", cause: { errorMessage: "boom" } } },
        { id: 5, previousEventId: 4, type: "LambdaFunctionScheduled" },
        { id: 6, previousEventId: 5, type: "LambdaFunctionSucceeded", lambdaFunctionSucceededEventDetails: { output: { ok: true } } },
      ],
    },
    ...overrides,
  };
  return { id: "x/y", kind: "execution_external", area: "_external/x", file: "", raw: raw as never };
}

describe("planExternalCase", () => {
  it("mocks each task state with the outcomes of the recorded history, in call order", () => {
    const { plan } = planExternalCase(externalCase({}));
    expect(plan).toBeDefined();
    expect(plan!.definition).toMatch(/arn:aws:lambda:us-east-1:111111111111:function:lambda_[0-9a-f]+/);
    const config = plan!.mock.config as { StateMachines: Record<string, { TestCases: Record<string, Record<string, string>> }>; MockedResponses: Record<string, unknown> };
    const testCase = config.StateMachines[plan!.stateMachineName]!.TestCases[EXTERNAL_TEST_CASE]!;
    expect(config.MockedResponses[testCase["Invoke"]!]).toEqual({
      "0": { Throw: { Error: "Exception", Cause: '{"errorMessage": "boom"}' } },
      "1": { Return: { ok: true } },
    });
  });

  it("skips a case whose history holds an outcome a mock cannot give", () => {
    const c = externalCase({ expected: { events: [{ id: 1, previousEventId: 0, type: "TaskTimedOut" }] } });
    expect(planExternalCase(c).skip).toMatch(/TaskTimedOut/);
  });

  it("skips a case that needs a resource we cannot name", () => {
    expect(planExternalCase(externalCase({ requires: ["aws:logs"] })).skip).toBe("needs aws:logs");
    expect(planExternalCase(externalCase({ input_template: '{"x": "${unpack}"}' })).skip).toBe("input needs ${unpack}");
  });
});
