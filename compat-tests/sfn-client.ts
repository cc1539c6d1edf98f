/**
 * The replay's Step Functions client and calls: an SDK client set up for replay, any operation called
 * by name, and answers and errors in boto3's shape.
 */
import { Readable } from "node:stream";
import * as Sfn from "@aws-sdk/client-sfn";
import { isJsonObject, type Json, type JsonObject } from "../emulator/shared/json";

// The SDK warns once per process about Node 20; the warning is noise in test and report output.
process.env["AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED"] ??= "true";

export const REPLAY_ACCOUNT = "111111111111";
export const REPLAY_REGION = "us-east-1";
/** The role every replayed state machine runs under; its text is replaced by the recorded role token. */
export const REPLAY_ROLE_ARN = `arn:aws:iam::${REPLAY_ACCOUNT}:role/sfn-compat-replay-role`;

const RAW_ERROR_BODY = "compatRawErrorBody";

/**
 * A client for the emulator: no `sync-` host prefix (StartSyncExecution, TestState), no retries,
 * and the raw body of error responses kept so errors can be shaped exactly as boto3 shows them.
 */
export function createSfnClient(endpoint: string): Sfn.SFNClient {
  const client = new Sfn.SFNClient({
    endpoint,
    region: REPLAY_REGION,
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
    disableHostPrefix: true,
    maxAttempts: 1,
  });
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const out = await next(args);
      const response = out.response as { statusCode?: number; body?: unknown };
      if ((response.statusCode ?? 200) >= 300 && response.body instanceof Readable) {
        const chunks: Buffer[] = [];
        for await (const chunk of response.body) chunks.push(Buffer.from(chunk as Uint8Array));
        const buf = Buffer.concat(chunks);
        (context as Record<string, unknown>)[RAW_ERROR_BODY] = buf.toString("utf8");
        response.body = Readable.from([buf]);
      }
      return out;
    },
    { step: "deserialize", priority: "low", name: "compatCaptureErrorBody" },
  );
  client.middlewareStack.add(
    (next, context) => async (args) => {
      try {
        return await next(args);
      } catch (e) {
        const raw = (context as Record<string, unknown>)[RAW_ERROR_BODY];
        if (typeof raw === "string" && e !== null && typeof e === "object") {
          Object.defineProperty(e, RAW_ERROR_BODY, { value: raw, enumerable: false });
        }
        throw e;
      }
    },
    { step: "initialize", priority: "high", name: "compatAttachErrorBody" },
  );
  return client;
}

/** An error the service answered with, in the terms boto3 uses to present it. */
export interface ApiCallError {
  operation: string;
  code: string;
  /** The `message` field of the body, if any. */
  message: string | undefined;
  status: number;
  body: JsonObject | undefined;
}

export type ApiCallResult = { response: JsonObject; error?: undefined } | { response?: undefined; error: ApiCallError };

/** Members of the error shapes in the service model besides `message`; anything else in a body is dropped, as boto3 drops it. */
const ERROR_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  KmsInvalidStateException: ["kmsKeyState"],
  ResourceNotFound: ["resourceName"],
  TooManyTags: ["resourceName"],
  ValidationException: ["reason"],
};

/** Error codes modelled by the service (boto3 raises a class of that name for them, `ClientError` otherwise). */
const MODELED_ERRORS = new Set([
  "ActivityAlreadyExists", "ActivityDoesNotExist", "ActivityLimitExceeded", "ActivityWorkerLimitExceeded",
  "ConflictException", "ExecutionAlreadyExists", "ExecutionDoesNotExist", "ExecutionLimitExceeded",
  "ExecutionNotRedrivable", "InvalidArn", "InvalidDefinition", "InvalidEncryptionConfiguration",
  "InvalidExecutionInput", "InvalidLoggingConfiguration", "InvalidName", "InvalidOutput", "InvalidToken",
  "InvalidTracingConfiguration", "KmsAccessDeniedException", "KmsInvalidStateException", "KmsThrottlingException",
  "MissingRequiredParameter", "ResourceNotFound", "ServiceQuotaExceededException", "StateMachineAlreadyExists",
  "StateMachineDeleting", "StateMachineDoesNotExist", "StateMachineLimitExceeded", "StateMachineTypeNotSupported",
  "TaskDoesNotExist", "TaskTimedOut", "TooManyTags", "ValidationException",
]);

type CommandConstructor = new (input: unknown) => Parameters<Sfn.SFNClient["send"]>[0];

function commandFor(operation: string): CommandConstructor {
  const ctor = (Sfn as unknown as Record<string, unknown>)[`${operation}Command`];
  if (typeof ctor !== "function") throw new Error(`unknown Step Functions operation ${operation}`);
  return ctor as CommandConstructor;
}

/** Calls one operation; a service error is returned, anything else (connection refused, a bug) is thrown. */
export async function callOperation(client: Sfn.SFNClient, operation: string, params: Json): Promise<ApiCallResult> {
  const Command = commandFor(operation);
  try {
    const output: unknown = await client.send(new Command(params));
    return { response: toBotoResponse(output) };
  } catch (e) {
    const error = toApiCallError(operation, e);
    if (error === undefined) throw e;
    return { error };
  }
}

function toApiCallError(operation: string, e: unknown): ApiCallError | undefined {
  if (e === null || typeof e !== "object") return undefined;
  const meta = (e as { $metadata?: { httpStatusCode?: number } }).$metadata;
  const status = meta?.httpStatusCode;
  if (status === undefined) return undefined;
  const rawText = (e as Record<string, unknown>)[RAW_ERROR_BODY];
  let body: JsonObject | undefined;
  if (typeof rawText === "string") {
    try {
      const parsed = JSON.parse(rawText) as Json;
      if (isJsonObject(parsed)) body = parsed;
    } catch {
      body = undefined;
    }
  }
  const rawType = body?.["__type"];
  const code = typeof rawType === "string" ? rawType.split("#").pop() ?? rawType : String((e as Error).name);
  const bodyMessage = body?.["message"] ?? body?.["Message"];
  const message = typeof bodyMessage === "string" ? bodyMessage : body === undefined ? (e as Error).message : undefined;
  return { operation, code, message, status, body };
}

/** The error as boto3's `ClientError.response`: Error {Code, Message}, the modelled members, ResponseMetadata. */
export function botoErrorResponse(error: ApiCallError): JsonObject {
  const out: JsonObject = { Error: { Code: error.code, Message: error.message ?? "" } };
  if (MODELED_ERRORS.has(error.code) && error.body) {
    for (const member of ["message", ...(ERROR_MEMBERS[error.code] ?? [])]) {
      const v = error.body[member];
      if (v !== undefined) out[member] = v;
    }
  }
  out["ResponseMetadata"] = { HTTPHeaders: {}, HTTPStatusCode: error.status };
  return out;
}

/** `str(ClientError)` as boto3 writes it. */
export function botoErrorString(error: ApiCallError): string {
  return `An error occurred (${error.code}) when calling the ${error.operation} operation: ${error.message ?? "Unknown"}`;
}

/** The class name boto3 raises for the error. */
export function botoErrorTypename(error: ApiCallError): string {
  return MODELED_ERRORS.has(error.code) ? error.code : "ClientError";
}

/** SDK v3 output as boto3 returns it: dates become "datetime" (as recorded), `$metadata` becomes ResponseMetadata. */
export function toBotoResponse(output: unknown): JsonObject {
  const plain = toPlainJson(output);
  const out: JsonObject = isJsonObject(plain) ? plain : {};
  const meta = (output as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata;
  out["ResponseMetadata"] = { HTTPHeaders: {}, HTTPStatusCode: meta?.httpStatusCode ?? 200 };
  return out;
}

function toPlainJson(value: unknown): Json | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  if (value instanceof Date) return "datetime";
  if (value instanceof Uint8Array) return Buffer.from(value).toString("utf8");
  if (Array.isArray(value)) return value.map((v) => toPlainJson(v) ?? null);
  if (typeof value === "object") {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === "$metadata") continue;
      const p = toPlainJson(v);
      if (p !== undefined) out[k] = p;
    }
    return out;
  }
  return undefined;
}
