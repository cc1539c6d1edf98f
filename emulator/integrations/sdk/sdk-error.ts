/**
 * AWS SDK errors of the SQS, SNS, DynamoDB, EventBridge and `aws-sdk:` integrations renamed as Step
 * Functions reports them, with the Java SDK's error names and cause wording.
 */
import type { TaskCompletion } from "../routing/task-dispatcher";

/** What AWS SDK v3 errors carry that Step Functions' error names and causes are made of. */
export interface SdkErrorShape {
  name?: string;
  message?: string;
  /** The error code of query-protocol answers (and of JSON answers in query-compatible mode). */
  Code?: string;
  $metadata?: { httpStatusCode?: number; requestId?: string; extendedRequestId?: string };
}

/**
 * How an optimized integration names its service in errors, as the AWS SDK for Java v1 that serves
 * it does: the error prefix (`SQS`), the service name in causes (`AmazonSQS`), and the exception
 * class of error codes the service model does not declare (`AmazonSQSException`).
 */
export interface OptimizedServiceNaming {
  prefix: string;
  serviceName: string;
  baseException: string;
}

export const OPTIMIZED_NAMING: Readonly<Record<"sqs" | "sns" | "dynamodb" | "events", OptimizedServiceNaming>> = {
  sqs: { prefix: "SQS", serviceName: "AmazonSQS", baseException: "AmazonSQSException" },
  sns: { prefix: "SNS", serviceName: "AmazonSNS", baseException: "AmazonSNSException" },
  dynamodb: { prefix: "DynamoDB", serviceName: "AmazonDynamoDBv2", baseException: "AmazonDynamoDBException" },
  events: { prefix: "EventBridge", serviceName: "AmazonEventBridge", baseException: "AmazonEventBridgeException" },
};

/** The fields of a thrown SDK error (anything thrown: a non-object has none). */
export function sdkErrorShape(error: unknown): SdkErrorShape {
  return (typeof error === "object" && error !== null ? error : {}) as SdkErrorShape;
}

/** Whether the SDK module declares the error's class, i.e. the service model names that error. */
function isModeled(error: unknown, module: Readonly<Record<string, unknown>>): boolean {
  const name = sdkErrorShape(error).name;
  const declared = name === undefined ? undefined : module[name];
  return typeof declared === "function" && error instanceof (declared as new () => unknown);
}

function exceptionName(name: string): string {
  return name.endsWith("Exception") ? name : `${name}Exception`;
}

/**
 * A call that got no HTTP answer (refused connection, unknown host, no credentials): a task failure
 * named `<prefix>.SdkClientException` with the Java SDK's wording, which Retry and Catch can handle.
 */
export function clientFailure(prefix: string, error: SdkErrorShape): TaskCompletion {
  // Read from the message: the SDK's retry layer may rewrap Node's error as text only.
  let detail = (error.message ?? String(error)).replace(/^AWS SDK error wrapper for (Error: )?/, "");
  const unknownHost = /getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (\S+)/.exec(detail);
  const refused = /connect ECONNREFUSED (\S+):(\d+)/.exec(detail);
  if (unknownHost) detail = `${unknownHost[1]}: Name or service not known`;
  else if (refused) detail = `Connect to ${refused[1]}:${refused[2]} failed: Connection refused`;
  return { status: "failed", error: `${prefix}.SdkClientException`, cause: `Unable to execute HTTP request: ${detail}` };
}

/**
 * An optimized integration's failure (`arn:aws:states:::sqs:sendMessage`, ...): `SQS.<Class>` where
 * the class is the model's exception or the service's base one, and the Java SDK v1 cause
 * `<message> (Service: AmazonSQS; Status Code: 400; Error Code: <code>; Request ID: <id>; Proxy: null)`.
 */
export function optimizedFailure(naming: OptimizedServiceNaming, module: Readonly<Record<string, unknown>>, error: unknown): TaskCompletion {
  const shape = sdkErrorShape(error);
  const status = shape.$metadata?.httpStatusCode;
  if (status === undefined) return clientFailure(naming.prefix, shape);
  const name = shape.name && shape.name !== "Error" ? shape.name : "UnknownError";
  const errorClass = isModeled(error, module) ? exceptionName(name) : naming.baseException;
  const code = shape.Code ?? name;
  return {
    status: "failed",
    error: `${naming.prefix}.${errorClass}`,
    cause:
      `${shape.message ?? ""} (Service: ${naming.serviceName}; Status Code: ${status}; Error Code: ${code}; ` +
      `Request ID: ${shape.$metadata?.requestId ?? ""}; Proxy: null)`,
  };
}

/**
 * The service name the AWS SDK for Java v2 gives a client, which `aws-sdk:` errors are prefixed
 * with: the v3 client's name with each acronym capitalised as a word (`DynamoDBClient` -> `DynamoDb`,
 * `SQSClient` -> `Sqs`, `SecretsManagerClient` -> `SecretsManager`).
 */
export function javaV2ServiceName(clientClassName: string): string {
  const base = clientClassName.replace(/Client$/, "");
  const words = base.match(/[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+|[0-9]+/g) ?? [base];
  return words.map((word) => `${word.charAt(0).toUpperCase()}${word.slice(1).toLowerCase()}`).join("");
}

/**
 * An `aws-sdk:<service>:<action>` failure: `<Service>.<Class>` where the class is the model's
 * exception or `<Service>Exception`, with the Java SDK v2 cause
 * `<message> (Service: <Service>, Status Code: 400, Request ID: <id>)`.
 */
export function awsSdkFailure(serviceName: string, module: Readonly<Record<string, unknown>>, error: unknown): TaskCompletion {
  const shape = sdkErrorShape(error);
  const status = shape.$metadata?.httpStatusCode;
  if (status === undefined) return clientFailure(serviceName, shape);
  const name = shape.name && shape.name !== "Error" ? shape.name : "UnknownError";
  const errorClass = isModeled(error, module) ? exceptionName(name) : `${serviceName}Exception`;
  const extended = shape.$metadata?.extendedRequestId;
  const details = [`Service: ${serviceName}`, `Status Code: ${status}`, `Request ID: ${shape.$metadata?.requestId ?? ""}`];
  if (extended) details.push(`Extended Request ID: ${extended}`);
  return { status: "failed", error: `${serviceName}.${errorClass}`, cause: `${shape.message ?? ""} (${details.join(", ")})` };
}
