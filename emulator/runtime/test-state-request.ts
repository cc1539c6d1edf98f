/** TestState's request as the API validated it, what the runner answers, and the parsing of its JSON fields. */
import type { CompiledState } from "../asl";
import { type AslError, asAslError } from "../asl";
import type { Json } from "../shared/json";
import { depthMessage, exceedsJsonDepth } from "../shared/json-depth";
import { ServiceError } from "../shared/service-error";

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

/** What one test run found, as values: the API writes them in AWS's wire form. */
export interface TestStateResult {
  status: TestStateStatus;
  /** The state's output, or the catcher's when the error was caught. */
  output?: Json;
  error?: string;
  cause?: string;
  nextState?: string;
  /** What the data pipeline recorded on the way, by inspection field. */
  inspection: Map<string, Json>;
  /** The state that ran: which inspection fields AWS shows depends on its type and query language. */
  state: CompiledState;
}

/** A JSON field of the request, or AWS's ValidationException naming it. */
export function parseJsonField(field: string, text: string): Json {
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
export function stateFailureOf(thrown: unknown): AslError {
  if (thrown instanceof ServiceError) throw thrown;
  return asAslError(thrown);
}
