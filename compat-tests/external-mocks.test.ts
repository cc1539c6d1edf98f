/**
 * Planning `execution_external` cases: each Task is mocked with its recorded outcomes, in call order,
 * or the case is skipped with a reason.
 */
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

  it("returns the value of outputs the recording kept as JSON text, and takes the function name from the setup call", () => {
    const { plan } = planExternalCase(
      externalCase({
        setup_calls: [{ fixture: "create_lambda_function", kwargs: { func_name: "lambda_func_${short_uid}" } }],
        expected: {
          events: [
            { id: 1, previousEventId: 0, type: "TaskStateEntered", stateEnteredEventDetails: { name: "Invoke" } },
            { id: 2, previousEventId: 1, type: "LambdaFunctionSucceeded", lambdaFunctionSucceededEventDetails: { output: "0" } },
          ],
        },
      }),
    );
    expect(plan!.definition).toMatch(/function:lambda_func_[0-9a-f]{10}"/);
    const config = plan!.mock.config as { MockedResponses: Record<string, unknown> };
    expect(Object.values(config.MockedResponses)).toEqual([{ "0": { Return: 0 } }]);
  });

  it("gives a parsed cause back the exact text a caught error shows, else compact JSON for service tasks", () => {
    const cause = { errorMessage: "x", errorType: "E" };
    const failed = (text: string | undefined) =>
      externalCase({
        expected: {
          events: [
            { id: 1, previousEventId: 0, type: "TaskStateEntered", stateEnteredEventDetails: { name: "Invoke" } },
            { id: 2, previousEventId: 1, type: "TaskFailed", taskFailedEventDetails: { error: "E", cause } },
            ...(text === undefined ? [] : [{ id: 3, previousEventId: 2, type: "TaskStateExited", stateExitedEventDetails: { output: { Error: "E", Cause: text } } }]),
          ],
        },
      });
    const responses = (c: CompatCase) => Object.values((planExternalCase(c).plan!.mock.config as { MockedResponses: Record<string, unknown> }).MockedResponses);
    expect(responses(failed('{"errorMessage": "x", "errorType": "E"}'))).toEqual([{ "0": { Throw: { Error: "E", Cause: '{"errorMessage": "x", "errorType": "E"}' } } }]);
    expect(responses(failed(undefined))).toEqual([{ "0": { Throw: { Error: "E", Cause: '{"errorMessage":"x","errorType":"E"}' } } }]);
  });

  it("serves a history with TaskSubmitted: the hand-over is the emulator's, the result the mock's", () => {
    const c = externalCase({
      expected: {
        events: [
          { id: 1, previousEventId: 0, type: "TaskStateEntered", stateEnteredEventDetails: { name: "Invoke" } },
          { id: 2, previousEventId: 1, type: "TaskSubmitted", taskSubmittedEventDetails: { output: { MessageId: "m" } } },
          { id: 3, previousEventId: 2, type: "TaskSucceeded", taskSucceededEventDetails: { output: '"ok"' } },
        ],
      },
    });
    const config = planExternalCase(c).plan!.mock.config as { MockedResponses: Record<string, unknown> };
    expect(Object.values(config.MockedResponses)).toEqual([{ "0": { Return: "ok" } }]);
  });

  it("skips a case whose history holds an outcome a mock cannot give", () => {
    const c = externalCase({ expected: { events: [{ id: 1, previousEventId: 0, type: "ActivityScheduled" }] } });
    expect(planExternalCase(c).skip).toMatch(/ActivityScheduled/);
  });

  it("answers a task that timed out a second after its earliest recorded deadline, on an auto clock", () => {
    const timedOut = (details: Record<string, unknown>) =>
      externalCase({
        expected: {
          events: [
            { id: 1, previousEventId: 0, type: "ExecutionStarted" },
            { id: 2, previousEventId: 0, type: "TaskStateEntered", stateEnteredEventDetails: { name: "Invoke" } },
            { id: 3, previousEventId: 2, type: "TaskScheduled", taskScheduledEventDetails: details },
            { id: 4, previousEventId: 3, type: "TaskStarted" },
            { id: 5, previousEventId: 4, type: "TaskTimedOut", taskTimedOutEventDetails: { error: "States.Timeout" } },
          ],
        },
      });
    const { plan } = planExternalCase(timedOut({ timeoutInSeconds: 600, heartbeatInSeconds: 5 }));
    expect(plan?.timed).toBe(true);
    expect(Object.values((plan!.mock.config as { MockedResponses: Record<string, unknown> }).MockedResponses)).toEqual([{ "0": { Return: null, DelaySeconds: 6 } }]);
    expect(planExternalCase(timedOut({})).skip).toBe("the task of event 5 timed out with no recorded TimeoutSeconds or HeartbeatSeconds");
    expect(planExternalCase(externalCase({})).plan?.timed).toBe(false);
  });

  it("serves a Map with an ItemReader from the objects the test put in S3, in the case's own bucket", () => {
    const { plan } = planExternalCase(
      externalCase({
        requires: ["fixture:s3_create_bucket"],
        definition_template: JSON.stringify({ StartAt: "M", States: { M: { Type: "Map", ItemReader: { Resource: "arn:aws:states:::s3:getObject" }, End: true } } }),
        input_template: '{"Bucket": "${s3_create_bucket}"}',
        setup_calls: [
          { fixture: "s3_create_bucket", args: [], kwargs: {} },
          { client: "s3", method: "put_object", kwargs: { Bucket: "${s3_create_bucket}", Key: "file.json", Body: "[1]" } },
          { client: "s3", method: "get_object", kwargs: { Bucket: "${s3_create_bucket}", Key: "out.json" } },
        ],
        expected: { events: [] },
      }),
    );
    const bucket = (JSON.parse(plan!.input) as { Bucket: string }).Bucket;
    expect(bucket).toMatch(/^bucket-[0-9a-f]{10}$/);
    expect(plan!.s3).toEqual({ buckets: [bucket], objects: [{ bucket, key: "file.json", body: "[1]" }] });
  });

  it("skips a case that needs a resource we cannot name", () => {
    expect(planExternalCase(externalCase({ requires: ["aws:logs"] })).skip).toBe("needs aws:logs");
    expect(planExternalCase(externalCase({ input_template: '{"x": "${binop.strftime()}"}' })).skip).toBe("input needs ${binop.strftime()}");
  });

  it("leaves the time expressions of a case that needs the clock for the run, and nothing else", () => {
    const clocked = (input: string) => externalCase({ requires: ["fixture:create_lambda_function", "clock"], input_template: input });
    const { plan } = planExternalCase(clocked('{"start_at": "${datetime.datetime.now().strftime()}.00Z"}'));
    expect(plan).toMatchObject({ clock: true, input: '{"start_at": "${datetime.datetime.now().strftime()}.00Z"}' });
    expect(planExternalCase(clocked('{"x": "${sfn_activity_consumer}"}')).skip).toBe("input needs ${sfn_activity_consumer}");
    expect(planExternalCase(externalCase({})).plan?.clock).toBe(false);
  });
});
