/** TestState: one state of a definition run once, through the interpreter's own handlers, answered by the mock or the dispatcher. */
import { randomUUID } from "node:crypto";
import { compileProgram, type CompiledState, type Program } from "../asl";
import type { StateMachineDefinition } from "../asl";
import { definitionValidation } from "../asl";
import { AslError } from "../asl";
import type { ExecutionInfo } from "../asl";
import type { Frame } from "../asl";
import type { StateOutcome } from "../asl";
import { isoTime } from "../asl";
import { checkStateOutput } from "../asl";
import type { InspectionField, InspectionSink } from "../asl";
import { stateHandler } from "../asl";
import type { TaskDispatcher } from "../integrations";
import type { AccountScope } from "../shared/arn";
import { isJsonObject, type Json, type JsonObject } from "../shared/json";
import { ServiceError } from "../shared/service-error";
import { REAL_EVALUATION_CLOCK } from "./real-evaluation-clock";
import { checkContext, checkMock } from "./test-state-checks";
import { runMockedMap, runMockedParallel } from "./test-state-mocked-states";
import { parseJsonField, stateFailureOf, type TestStateRequest, type TestStateResult } from "./test-state-request";
import { TestStateStep } from "./test-state-step";
import { traceReporter } from "./test-state-trace";
import { verdictOf } from "./test-state-verdict";

export interface TestStateRunnerOptions {
  dispatcher: TaskDispatcher;
  scope: AccountScope;
  now(): number;
}

/** The name AWS gives a lone state when it wraps it in a machine (error locations, `$$.State.Name`). */
const LONE_STATE_NAME = "StateName";

const LONE_STATE_EXEMPTIONS = new Set(["MISSING_TRANSITION_TARGET", "MISSING_END_STATE"]);

/**
 * TestState: runs one state of a definition once, through the interpreter's own state handlers and
 * data pipeline, with the request's mock (or the runtime's dispatcher) answering its Task.
 */
export class TestStateRunner {
  constructor(private readonly options: TestStateRunnerOptions) {}

  async run(request: TestStateRequest): Promise<TestStateResult> {
    const { program, state } = this.resolveState(request);
    checkMock(request, state);
    const input = parseJsonField("input", request.input ?? "{}");
    const variables = request.variables === undefined ? {} : parseJsonField("variables", request.variables);
    const context = request.context === undefined ? undefined : parseJsonField("context", request.context);
    checkContext(context, state);
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
    return { ...(await verdictOf(outcome, step, frame, state, retryCount, inspection)), inspection, state };
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
    const { validateDefinition, formatInvalidDefinitionMessage } = definitionValidation();
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
    const definition = state.definition;
    if (definition.Type === "Map") return runMockedMap(step, frame, { ...state, definition }, request, inspection);
    if (definition.Type === "Parallel") return runMockedParallel(step, frame, { ...state, definition }, request);
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
}
