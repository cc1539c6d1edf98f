import { randomUUID } from "node:crypto";
import { compileProgram, type CompiledState, type Program } from "../asl/definition/program";
import type { MapState, ParallelState, Retrier, StateMachineDefinition } from "../asl/definition/types";
import { formatInvalidDefinitionMessage, validateDefinition } from "../asl/definition/validation";
import { AslError, asAslError } from "../asl/errors/asl-error";
import { errorMatches } from "../asl/errors/error-matching";
import { errorFieldsOf } from "../asl/errors/partial-asl-error";
import { hasAttemptsLeft, retryDelayMillis } from "../asl/errors/retry-policy";
import type { ExecutionInfo } from "../asl/interpreter/execution-info";
import type { Frame } from "../asl/interpreter/frame";
import type { StateOutcome } from "../asl/interpreter/outcome";
import { isoTime } from "../asl/io/context-object";
import { checkStateOutput } from "../asl/io/output-limits";
import { flavourOf } from "../asl/io/flavour-of";
import type { InspectionField, InspectionSink } from "../asl/io/inspection";
import { parseTaskResource } from "../asl/states/task-resource";
import { stateHandler } from "../asl/states/state-handlers";
import { transitionTo } from "../asl/states/state-exit";
import type { TaskDispatcher } from "../integrations/task-dispatcher";
import { fieldValidationMode, mockResultProblem } from "../integrations/mock-result-validation";
import { pythonJsonText } from "../shared/python-json";
import type { AccountScope } from "../shared/arn";
import { isJsonObject, type Json, type JsonObject } from "../shared/json";
import { depthMessage, exceedsJsonDepth } from "../shared/json-depth";
import { ServiceError } from "../shared/service-error";
import { REAL_EVALUATION_CLOCK } from "./real-evaluation-clock";
import { TestStateStep } from "./test-state-step";
import { TRACE_FIELDS, traceReporter } from "./test-state-trace";

/** A TestState request as the API validated it. */
export interface TestStateRequest {
  definition: string;
  roleArn?: string;
  input?: string;
  inspectionLevel?: "INFO" | "DEBUG" | "TRACE";
  revealSecrets?: boolean;
  variables?: string;
  stateName?: string;
  mock?: { result?: string; errorOutput?: { error?: string; cause?: string }; fieldValidationMode?: string };
  context?: string;
  stateConfiguration?: { retrierRetryCount?: number; errorCausedByState?: string; mapIterationFailureCount?: number; mapItemReaderData?: string };
}

export type TestStateStatus = "SUCCEEDED" | "FAILED" | "RETRIABLE" | "CAUGHT_ERROR";

export interface TestStateResponse {
  status: TestStateStatus;
  output?: string;
  error?: string;
  cause?: string;
  nextState?: string;
  inspectionData?: JsonObject;
}

export interface TestStateRunnerOptions {
  dispatcher: TaskDispatcher;
  scope: AccountScope;
  now(): number;
}

/** The name AWS gives a lone state when it wraps it in a machine (error locations, `$$.State.Name`). */
const LONE_STATE_NAME = "StateName";

const LONE_STATE_EXEMPTIONS = new Set(["MISSING_TRANSITION_TARGET", "MISSING_END_STATE"]);

const MOCKABLE_TYPES = new Set(["Task", "Map", "Parallel"]);

/** What a test run found: the state's outcome and what the pipeline recorded on the way. */
interface RunRecord {
  outcome: StateOutcome;
  inspection: Map<string, Json>;
}

/**
 * TestState: runs one state of a definition once, through the interpreter's own state handlers and
 * data pipeline, with the request's mock (or the runtime's dispatcher) answering its Task.
 */
export class TestStateRunner {
  constructor(private readonly options: TestStateRunnerOptions) {}

  async run(request: TestStateRequest): Promise<TestStateResponse> {
    const { program, state } = this.resolveState(request);
    checkMock(request, state);
    const input = parseJsonField("input", request.input ?? "{}");
    const variables = request.variables === undefined ? {} : parseJsonField("variables", request.variables);
    const context = request.context === undefined ? undefined : parseJsonField("context", request.context);
    if (isJsonObject(context) && context["Task"] !== undefined && !acceptsTaskContext(state)) {
      throw new ServiceError(
        "ValidationException",
        "Invalid Context object provided: Context object contains 'Task' when state is not a Task state with a '.sync' or '.waitForTaskToken' service integration pattern",
      );
    }
    const level = request.inspectionLevel ?? "INFO";
    const inspection = new Map<string, Json>();
    const sink: InspectionSink = { record: (field: InspectionField, value: Json) => void inspection.set(field, value) };
    inspection.set("input", input);
    const info = this.executionInfo(request, input);
    const frame: Frame = {
      id: "root",
      parentId: null,
      machineKey: this.machineKeyOf(program, state.name),
      stateName: state.name,
      input,
      enteredTime: this.options.now(),
      lastEventId: 0,
      variables: isJsonObject(variables) ? variables : {},
      retryAttempts: [],
      progress: null,
      timers: {},
      task: null,
    };
    const retryCount = request.stateConfiguration?.retrierRetryCount ?? 0;
    const contextOf = (current: Frame): Json => context ?? this.contextObject(info, current, retryCount);
    const ports = { now: this.options.now, random: Math.random, uuid: randomUUID, waitTimeScale: 0, evaluationClock: REAL_EVALUATION_CLOCK };
    const step = new TestStateStep(program, info, ports, contextOf, sink);
    let outcome: StateOutcome;
    try {
      outcome = await this.execute(step, frame, state, request, inspection);
    } catch (thrown) {
      outcome = { kind: "failed", error: stateFailureOf(thrown) };
    }
    // The same output limits as an execution's state.
    const limited = outcome.kind === "transition" ? checkStateOutput(state.name, outcome.output).failure : undefined;
    if (limited !== undefined) outcome = { kind: "failed", error: limited };
    const response = await this.respond({ outcome, inspection }, step, frame, state, retryCount);
    if (level !== "INFO") response.inspectionData = inspectionData(inspection, state, level === "TRACE");
    return response;
  }

  /** Parses and validates the definition and picks the state to test. */
  private resolveState(request: TestStateRequest): { program: Program; state: CompiledState } {
    let parsed: unknown;
    try {
      parsed = JSON.parse(request.definition);
    } catch {
      parsed = undefined;
    }
    const lone = isJsonObject(parsed) && "Type" in parsed;
    const text = lone ? JSON.stringify({ StartAt: LONE_STATE_NAME, States: { [LONE_STATE_NAME]: parsed } }) : request.definition;
    // A lone state's Next and catchers name states that are not in the test, and a Choice need not end: no errors there.
    const diagnostics = validateDefinition(text, { type: "STANDARD" }).filter(
      (diagnostic) => !(lone && LONE_STATE_EXEMPTIONS.has(diagnostic.code)),
    );
    if (diagnostics.some((diagnostic) => diagnostic.severity === "ERROR")) {
      throw new ServiceError("InvalidDefinition", formatInvalidDefinitionMessage(diagnostics, text));
    }
    const definition = JSON.parse(text) as StateMachineDefinition;
    const program = compileProgram(definition);
    const name = lone ? LONE_STATE_NAME : (request.stateName ?? definition.StartAt);
    for (const machine of program.machines.values()) {
      const state = machine.states.get(name);
      if (state) return { program, state };
    }
    throw new ServiceError("ValidationException", "State not found in definition");
  }

  private machineKeyOf(program: Program, stateName: string): string {
    for (const machine of program.machines.values()) if (machine.states.has(stateName)) return machine.key;
    return program.root.key;
  }

  private executionInfo(request: TestStateRequest, input: Json): ExecutionInfo {
    const { partition, region, account } = this.options.scope;
    const machineName = randomUUID();
    const name = randomUUID();
    return {
      executionArn: `arn:${partition}:states:${region}:${account}:express:${machineName}:${name}`,
      name,
      stateMachineArn: `arn:${partition}:states:${region}:${account}:stateMachine:${machineName}`,
      stateMachineName: machineName,
      roleArn: request.roleArn ?? `arn:${partition}:iam::${account}:role/TestStateRole`,
      startTime: this.options.now(),
      input,
      redriveCount: 0,
      type: "EXPRESS",
    };
  }

  /** `$$` of a test run: an express execution of its own, with the retry count the request set. */
  private contextObject(info: ExecutionInfo, frame: Frame, retryCount: number): JsonObject {
    return {
      Execution: { Id: info.executionArn, Input: info.input, Name: info.name, RoleArn: info.roleArn, StartTime: isoTime(info.startTime) },
      StateMachine: { Id: info.stateMachineArn, Name: info.stateMachineName },
      State: { Name: frame.stateName, EnteredTime: isoTime(frame.enteredTime), RetryCount: retryCount },
    };
  }

  /** Runs the state's handler until it ends, answering its task and timers at once. */
  private async execute(
    step: TestStateStep,
    frame: Frame,
    state: CompiledState,
    request: TestStateRequest,
    inspection: Map<string, Json>,
  ): Promise<StateOutcome> {
    const type = state.definition.Type;
    if (type === "Map") return runMockedMap(step, frame, state as CompiledState & { definition: MapState }, request, inspection);
    if (type === "Parallel") return runMockedParallel(step, frame, state as CompiledState & { definition: ParallelState }, request);
    const handler = stateHandler(type);
    let outcome = await handler.start(step, frame, state);
    while (outcome.kind === "blocked") {
      const invocation = step.invocation;
      if (invocation !== undefined) {
        step.invocation = undefined;
        frame.task = null;
        const taskId = invocation.taskId;
        const mock = request.mock;
        if (mock?.errorOutput !== undefined) {
          const { error = "", cause = "" } = mock.errorOutput;
          outcome = await handler.resume(step, frame, state, { type: "task-failed", taskId, error, cause });
        } else if (mock?.result !== undefined) {
          const output = parseJsonField("mock.result", mock.result);
          outcome = await handler.resume(step, frame, state, { type: "task-succeeded", taskId, output });
        } else {
          const completion = await this.options.dispatcher.dispatch(invocation, step.info, traceReporter(request, inspection));
          if (completion.status === "pending") {
            throw new AslError("States.Runtime", "TestState cannot wait for a task token or an activity worker");
          }
          outcome =
            completion.status === "succeeded"
              ? await handler.resume(step, frame, state, { type: "task-succeeded", taskId, output: completion.output })
              : await handler.resume(step, frame, state, { type: "task-failed", taskId, error: completion.error, cause: completion.cause });
        }
        continue;
      }
      const timerId = step.timers.shift();
      if (timerId === undefined) throw new Error(`The ${type} state blocked with nothing to wait for`);
      // A test run does not wait: the Wait state's timer fires at once.
      if (type !== "Wait") continue;
      outcome = await handler.resume(step, frame, state, { type: "timer", timerId });
    }
    return outcome;
  }

  /** The response for an outcome: Retry and Catch are reported, not followed. */
  private async respond(
    record: RunRecord,
    step: TestStateStep,
    frame: Frame,
    state: CompiledState,
    retryCount: number,
  ): Promise<TestStateResponse> {
    const { outcome, inspection } = record;
    if (outcome.kind === "transition") {
      const response: TestStateResponse = { status: "SUCCEEDED", output: pythonJsonText(outcome.output) };
      if (outcome.next !== undefined) response.nextState = outcome.next;
      return response;
    }
    if (outcome.kind === "blocked") throw new Error("TestState ended blocked");
    const error = outcome.error;
    const fields = errorFieldsOf(error);
    const failed: TestStateResponse = { status: "FAILED" };
    if (fields.error !== undefined) failed.error = fields.error;
    if (fields.cause !== undefined) failed.cause = fields.cause;
    const definition = state.definition;
    if (error.error === "States.Runtime" || (definition.Type !== "Task" && definition.Type !== "Map" && definition.Type !== "Parallel")) {
      return failed;
    }
    const details: JsonObject = {};
    const retriers = definition.Retry ?? [];
    const retryIndex = retriers.findIndex((retrier) => errorMatches(retrier.ErrorEquals, error.error));
    if (retryIndex >= 0) {
      const retrier = retriers[retryIndex] as Retrier;
      details.retryIndex = retryIndex;
      if (hasAttemptsLeft(retrier, retryCount)) {
        // The backoff without jitter: the interval the next attempt would wait at most.
        details.retryBackoffIntervalSeconds = retryDelayMillis(retrier, retryCount, () => 1) / 1000;
        inspection.set("errorDetails", details);
        return { ...failed, status: "RETRIABLE" };
      }
    }
    const catchers = definition.Catch ?? [];
    const catchIndex = catchers.findIndex((catcher) => errorMatches(catcher.ErrorEquals, error.error));
    const catcher = catchers[catchIndex];
    if (catcher === undefined) {
      if (retryIndex >= 0) inspection.set("errorDetails", details);
      return failed;
    }
    const errorOutput: JsonObject = {};
    if (fields.error !== undefined) errorOutput.Error = fields.error;
    if (fields.cause !== undefined) errorOutput.Cause = fields.cause;
    let exit;
    try {
      exit = await flavourOf(state.queryLanguage).catchExit(catcher, catchIndex, step.stateIo(frame, frame.input), errorOutput);
    } catch (thrown) {
      const failure = errorFieldsOf(stateFailureOf(thrown));
      return { status: "FAILED", ...failure };
    }
    inspection.set("errorDetails", { catchIndex });
    return { ...failed, status: "CAUGHT_ERROR", output: pythonJsonText(exit.output), nextState: catcher.Next };
  }
}

/** Mock checks AWS makes before it runs anything, in its order and words. */
function checkMock(request: TestStateRequest, state: CompiledState): void {
  const mock = request.mock;
  const type = state.definition.Type;
  if (mock === undefined) {
    if (request.stateConfiguration?.mapIterationFailureCount !== undefined) {
      throw new ServiceError("ValidationException", "TestState does not support MapIterationFailureCount when a mock is not specified.");
    }
    if (type === "Map" || type === "Parallel") {
      throw new ServiceError(
        "InvalidDefinition",
        "TestState API does not support Map or Parallel states. Supported state types include: [Task, Wait, Pass, Succeed, Fail, Choice]",
      );
    }
    return;
  }
  if (mock.result !== undefined && mock.errorOutput !== undefined) {
    throw new ServiceError("ValidationException", "A test mock should have only one of the following fields: [result, errorOutput].");
  }
  if (!MOCKABLE_TYPES.has(type)) throw new ServiceError("ValidationException", `State type '${type}' is not supported when a mock is specified`);
  if (request.revealSecrets === true) throw new ServiceError("ValidationException", "TestState does not support RevealSecrets when a mock is specified.");
  if (mock.result === undefined) return;
  const result = parseJsonField("mock.result", mock.result);
  if (state.definition.Type === "Task") {
    const problem = mockResultProblem(state.definition.Resource, result, fieldValidationMode(mock.fieldValidationMode));
    if (problem !== undefined) throw new ServiceError("ValidationException", problem);
  }
  if (type === "Parallel") {
    if (!Array.isArray(result)) throw new ServiceError("ValidationException", "Mocked result must be an array.");
    if (result.length !== (state.definition as ParallelState).Branches.length) {
      throw new ServiceError("ValidationException", "Mocked result must contain the same number of items as number of Parallel branches.");
    }
  }
  if (type === "Map") {
    const writes = (state.definition as MapState).ResultWriter !== undefined;
    if (writes && !isJsonObject(result)) throw new ServiceError("ValidationException", "Mocked result must be a JSON object.");
    if (!writes && !Array.isArray(result)) throw new ServiceError("ValidationException", "Mocked result must be an array.");
  }
}

/** `$$.Task` only makes sense where a task token or a .sync job exists. */
function acceptsTaskContext(state: CompiledState): boolean {
  if (state.definition.Type !== "Task") return false;
  const pattern = parseTaskResource(state.definition.Resource).pattern;
  return pattern !== "request-response";
}

/**
 * A mocked Map: its input, items and limits are evaluated as in an execution, then the mock stands
 * for the iterations, with `mapIterationFailureCount` failures judged against the tolerance.
 */
async function runMockedMap(
  step: TestStateStep,
  frame: Frame,
  state: CompiledState & { definition: MapState },
  request: TestStateRequest,
  inspection: Map<string, Json>,
): Promise<StateOutcome> {
  const definition = state.definition;
  const flavour = flavourOf(state.queryLanguage);
  const io = step.stateIo(frame, frame.input);
  const input = await flavour.selectedInput(definition, io);
  let itemCount = 0;
  if (definition.ItemReader === undefined) {
    let items: Json[];
    try {
      items = await flavour.items(definition, io, input);
    } catch (thrown) {
      throw itemsPathFailure(thrown, definition.ItemsPath);
    }
    io.inspect?.record("afterItemsPath", items);
    itemCount = items.length;
  }
  const inputIo = { ...io, scope: { ...io.scope, input } };
  const number = (field: string, value: number | string | undefined, path: string | undefined, kind: "integer" | "number") =>
    flavour.number({ field, value, pathField: `${field}Path`, path, kind }, inputIo);
  const maxConcurrency = (await number("MaxConcurrency", definition.MaxConcurrency, definition.MaxConcurrencyPath, "integer")) ?? 0;
  const record = (field: string, value: number) => void inspection.set(field, value);
  record("maxConcurrency", maxConcurrency);
  const count = await number("ToleratedFailureCount", definition.ToleratedFailureCount, definition.ToleratedFailureCountPath, "integer");
  if (count !== undefined) record("toleratedFailureCount", count);
  const percentage = await number("ToleratedFailurePercentage", definition.ToleratedFailurePercentage, definition.ToleratedFailurePercentagePath, "number");
  if (percentage !== undefined) record("toleratedFailurePercentage", percentage);
  const mock = request.mock;
  if (mock?.errorOutput !== undefined) return { kind: "failed", error: new AslError(mock.errorOutput.error ?? "", mock.errorOutput.cause ?? "") };
  const result = parseJsonField("mock.result", mock?.result ?? "[]");
  const failures = request.stateConfiguration?.mapIterationFailureCount ?? 0;
  const total = Array.isArray(result) ? result.length : itemCount;
  const exceeded = (count !== undefined && failures > count) || (percentage !== undefined && total > 0 && (failures * 100) / total > percentage);
  if (exceeded) {
    return { kind: "failed", error: new AslError("States.ExceedToleratedFailureThreshold", "The specified tolerated failure threshold was exceeded") };
  }
  return transitionTo(await flavour.exit(definition, io, { value: result, isResult: true }), definition.Next);
}

/** A mocked Parallel: its input as in an execution, then the mock stands for the branches' outputs. */
async function runMockedParallel(
  step: TestStateStep,
  frame: Frame,
  state: CompiledState & { definition: ParallelState },
  request: TestStateRequest,
): Promise<StateOutcome> {
  const definition = state.definition;
  const flavour = flavourOf(state.queryLanguage);
  const io = step.stateIo(frame, frame.input);
  await flavour.effectiveInput(definition, io);
  const mock = request.mock;
  if (mock?.errorOutput !== undefined) return { kind: "failed", error: new AslError(mock.errorOutput.error ?? "", mock.errorOutput.cause ?? "") };
  const result = parseJsonField("mock.result", mock?.result ?? "[]");
  return transitionTo(await flavour.exit(definition, io, { value: result, isResult: true }), definition.Next);
}

/** TestState words a Map's non-array items as a reference path failure, naming `$$` paths from `$`. */
function itemsPathFailure(thrown: unknown, itemsPath: string | undefined): unknown {
  if (!(thrown instanceof AslError) || !thrown.cause?.startsWith("Item path ")) return thrown;
  const path = (itemsPath ?? "$").replace(/^\$\$/, "$");
  return new AslError("States.Runtime", `Reference path "${path}" must point to array.`);
}

/** Which recorded values AWS shows for each state type and query language. */
function inspectionData(recorded: Map<string, Json>, state: CompiledState, trace: boolean): JsonObject {
  const definition = state.definition;
  const jsonPath = state.queryLanguage === "JSONPath";
  const shown: string[] = ["input", "errorDetails"];
  switch (definition.Type) {
    case "Pass":
      if (!jsonPath) break;
      if (definition.Result !== undefined) {
        recorded.set("result", definition.Result);
        shown.push("result", "afterResultSelector", "afterResultPath");
      } else {
        shown.push("afterInputPath", "afterParameters", "afterResultSelector", "afterResultPath");
      }
      break;
    case "Task":
      shown.push(...(jsonPath ? ["afterInputPath", "afterParameters", "afterResultSelector", "afterResultPath"] : ["afterArguments"]), "result");
      break;
    case "Fail":
      if (jsonPath && !recorded.has("afterInputPath")) recorded.set("afterInputPath", recorded.get("input") ?? null);
      if (jsonPath) shown.push("afterInputPath");
      break;
    case "Choice":
    case "Succeed":
    case "Wait":
      if (jsonPath) shown.push("afterInputPath");
      break;
    case "Map":
      shown.push("maxConcurrency", "toleratedFailureCount", "toleratedFailurePercentage");
      if (jsonPath) shown.push("afterInputPath", "afterItemsPath", "afterResultSelector", "afterResultPath");
      break;
    case "Parallel":
      if (jsonPath) shown.push("afterResultSelector", "afterResultPath");
      break;
  }
  const data: JsonObject = {};
  for (const field of shown) {
    const value = recorded.get(field);
    if (value === undefined) continue;
    data[field] = NUMBER_FIELDS.has(field) || field === "errorDetails" ? value : pythonJsonText(value);
  }
  for (const field of trace ? TRACE_FIELDS : []) {
    const value = recorded.get(field);
    if (value !== undefined) data[field] = value;
  }
  return data;
}

const NUMBER_FIELDS = new Set(["maxConcurrency", "toleratedFailureCount", "toleratedFailurePercentage"]);

function parseJsonField(field: string, text: string): Json {
  let value: Json;
  try {
    value = JSON.parse(text) as Json;
  } catch {
    throw new ServiceError("ValidationException", `Invalid JSON in '${field}': ${text}`);
  }
  if (exceedsJsonDepth(value)) throw new ServiceError("ValidationException", `Invalid JSON in '${field}': ${depthMessage()}`);
  return value;
}

/** An API error (a bad request) stays an API error; anything else becomes the state's failure. */
function stateFailureOf(thrown: unknown): AslError {
  if (thrown instanceof ServiceError) throw thrown;
  return asAslError(thrown);
}
