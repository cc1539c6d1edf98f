/** The checks AWS makes on a TestState request before it runs anything, in its order and words. */
import type { CompiledState } from "../asl";
import { fieldValidationMode, mockResultProblem } from "../integrations";
import { isJsonObject, type Json } from "../shared/json";
import { ServiceError } from "../shared/service-error";
import { parseJsonField, type TestStateRequest } from "./test-state-request";

const MOCKABLE_TYPES = new Set(["Task", "Map", "Parallel"]);

/** The request's mock against the state it stands for. */
export function checkMock(request: TestStateRequest, state: CompiledState): void {
  const mock = request.mock;
  const definition = state.definition;
  const type = definition.Type;
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
  if (state.resource !== undefined) {
    const problem = mockResultProblem(state.resource, result, fieldValidationMode(mock.fieldValidationMode));
    if (problem !== undefined) throw new ServiceError("ValidationException", problem);
  }
  if (definition.Type === "Parallel") {
    if (!Array.isArray(result)) throw new ServiceError("ValidationException", "Mocked result must be an array.");
    if (result.length !== definition.Branches.length) {
      throw new ServiceError("ValidationException", "Mocked result must contain the same number of items as number of Parallel branches.");
    }
  }
  if (definition.Type === "Map") {
    const writes = definition.ResultWriter !== undefined;
    if (writes && !isJsonObject(result)) throw new ServiceError("ValidationException", "Mocked result must be a JSON object.");
    if (!writes && !Array.isArray(result)) throw new ServiceError("ValidationException", "Mocked result must be an array.");
  }
}

/** A `Task` field in the request's context only makes sense where a task token or a .sync job exists. */
export function checkContext(context: Json | undefined, state: CompiledState): void {
  const acceptsTask = state.resource !== undefined && state.resource.pattern !== "request-response";
  if (isJsonObject(context) && context["Task"] !== undefined && !acceptsTask) {
    throw new ServiceError(
      "ValidationException",
      "Invalid Context object provided: Context object contains 'Task' when state is not a Task state with a '.sync' or '.waitForTaskToken' service integration pattern",
    );
  }
}
