/**
 * The mock config route, the dispatch chain's first link: Tasks of an execution started with a mock
 * test case get the mocked answers, call by call.
 */
import { ServiceError } from "../../shared/service-error";
import type { Json } from "../../shared/json";
import { isJsonObject } from "../../shared/json";
import { mockedSubmission } from "../routing/service-results";
import { answerFor } from "./mock-config";
import type { MockConfigFile } from "./mock-config-file";
import type { TaskCall, TaskRoute } from "../routing/task-call";
import type { ExecutionInfo } from "../../asl";
import type { TaskCompletion } from "../routing/task-dispatcher";

/**
 * (1) in the chain: the mock config test case named at StartExecution. Every call of a mocked state
 * (retries and Map iterations included) takes the next invocation number, counted per execution.
 */
export class MockRoute implements TaskRoute {
  private readonly invocations = new Map<string, number>();

  constructor(
    private readonly file: MockConfigFile,
    private readonly now: () => number,
    private readonly newId?: () => string,
  ) {}

  checkTestCase(stateMachineName: string, testCase: string): void {
    const testCases = this.file.current().stateMachines.get(stateMachineName);
    if (testCases?.has(testCase)) return;
    throw new ServiceError(
      "ValidationException",
      testCases
        ? `Test case '${testCase}' is not defined for state machine '${stateMachineName}' in mock config ${this.file.path}`
        : `State machine '${stateMachineName}' has no test cases in mock config ${this.file.path}`,
    );
  }

  /** Every execution's mocked calls count from the first answer again. */
  reset(): void {
    this.invocations.clear();
  }

  /** A resumed execution's states go on from the calls they made before the restart. */
  resumeInvocations(execution: ExecutionInfo, callsByState: ReadonlyMap<string, number>): void {
    if (execution.mockTestCase === undefined) return;
    for (const [stateName, calls] of callsByState) this.invocations.set(invocationKey(execution, stateName), calls);
  }

  serve(call: TaskCall): Promise<TaskCompletion> | undefined {
    const testCase = call.execution.mockTestCase;
    if (testCase === undefined) return undefined;
    const config = this.file.current();
    const responseName = config.stateMachines.get(call.execution.stateMachineName)?.get(testCase)?.get(call.invocation.stateName);
    const response = responseName === undefined ? undefined : config.responses.get(responseName);
    if (!response) return undefined;
    const key = invocationKey(call.execution, call.invocation.stateName);
    const invocation = this.invocations.get(key) ?? 0;
    this.invocations.set(key, invocation + 1);
    const answer = answerFor(response, invocation);
    const { resource } = call;
    // A mocked .sync or callback task still shows the hand-over that a real call records before its result.
    if (resource.kind === "service" && resource.pattern !== "request-response") {
      call.reporter.submitted(mockedSubmission(resource, call.invocation.parameters, "Return" in answer ? answer.Return : null, this.now(), this.newId));
    }
    const delayed = answer.DelaySeconds === undefined ? {} : { delaySeconds: answer.DelaySeconds };
    if ("Throw" in answer) {
      return Promise.resolve({ status: "failed", error: answer.Throw.Error, cause: answer.Throw.Cause ?? "", mocked: true, ...delayed });
    }
    return Promise.resolve({ status: "succeeded", output: this.shape(call, answer.Return), ...delayed });
  }

  /**
   * A Return is the task result as written, as Step Functions Local takes it: nothing is added. For a
   * legacy function-ARN resource the Return is the Lambda Invoke response, whose Payload is the result.
   */
  private shape(call: TaskCall, value: Json): Json {
    if (call.resource.kind === "lambda-function" && isInvokeResponse(value)) return value["Payload"] ?? null;
    return value;
  }
}

/** Calls are counted per execution and state; the start time tells apart executions re-run under a reused ARN. */
function invocationKey(execution: ExecutionInfo, stateName: string): string {
  return `${execution.executionArn}|${execution.startTime}|${stateName}`;
}

/** An Invoke response as a mock writes it: a StatusCode beside the Payload, so a result that merely has a Payload field stays whole. */
function isInvokeResponse(value: Json): value is { StatusCode: Json; Payload: Json } {
  return isJsonObject(value) && "StatusCode" in value && "Payload" in value;
}
