/** The interpreter's public entry: the only module of asl/ that other layers import (.dependency-cruiser.cjs checks it). */

export { compileProgram } from "./definition/program";
export type { CompiledState, Program, SubMachine } from "./definition/program";
export { parseTaskResource } from "./definition/task-resource";
export type { IntegrationPattern, TaskResource } from "./definition/task-resource";
export type { MapState, ParallelState, StateMachineDefinition } from "./definition/types";
export { definitionValidation } from "./definition/validation-loader";
export { unsupportedHeaders } from "./definition/validation/http-task-checks";
export type { ValidateForApiOptions } from "./definition/validation";
export { variableReferences } from "./definition/variable-references";
export { AslError, asAslError } from "./errors/asl-error";
export { chooseCatcher } from "./errors/catch-policy";
export { errorFieldsOf } from "./errors/partial-asl-error";
export { hasAttemptsLeft, matchingRetrier, retryDelayMillis } from "./errors/retry-policy";
export type { ChildExecutionEvent } from "./history/child-execution-event";
export type { EventDecision } from "./history/event-decision";
export { historyEventToWire } from "./history/history-event";
export type { HistoryEvent } from "./history/history-event";
export type { Effect, MapChildReport, MapRunReport, TaskInvocation } from "./interpreter/effects";
export type { ExecutionInfo } from "./interpreter/execution-info";
export { applyStepResult, emptySnapshot } from "./interpreter/execution-snapshot";
export type { ExecutionSnapshot } from "./interpreter/execution-snapshot";
export { ExecutionStep } from "./interpreter/execution-step";
export type { Frame } from "./interpreter/frame";
export type { StateOutcome } from "./interpreter/outcome";
export type { InterpreterPorts } from "./interpreter/ports";
export type { ExecutionSignal } from "./interpreter/signals";
export type { StepContext } from "./interpreter/step-context";
export type {
  MapProgress,
  ParallelProgress,
  ProgressKind,
  RetryWaitProgress,
  StateProgress,
  TaskProgress,
  WaitProgress,
} from "./interpreter/state-progress";
export { ROOT_FRAME_ID } from "./interpreter/step-result";
export type { ChangedFrame, ExecutionCursor, FrameValueChange, StepResult } from "./interpreter/step-result";
export { isoTime } from "./io/context-object";
export type { EvaluationScope } from "./io/evaluation-scope";
export { flavourOf } from "./io/flavour-of";
export type { InspectionField, InspectionSink } from "./io/inspection";
export { checkStateOutput } from "./io/output-limits";
export type { StateIo } from "./io/query-flavour";
export type { EvaluationClock } from "./query/evaluation-clock";
export { isCsvDelimiter, isReaderInputType } from "./states/item-reader-parsing";
export type { ReaderRequest, WritePlan } from "./states/map-progress";
export type { MapRunLimits } from "./states/map-run";
export { transitionTo } from "./states/state-exit";
export { stateHandler } from "./states/state-handlers";
export { decodeTaskToken } from "./states/task-token";
export type { TaskTokenTarget } from "./states/task-token";
