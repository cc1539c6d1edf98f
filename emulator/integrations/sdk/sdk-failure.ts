/**
 * SDK errors of the Lambda and nested Step Functions integrations as Step Functions reports them:
 * `<Service>.<ErrorCode>` and a Java-SDK style cause.
 */
import type { TaskCompletion } from "../routing/task-dispatcher";
import { clientFailure, sdkErrorShape } from "./sdk-error";

/**
 * An SDK call's error as Step Functions reports it: `<Service>.<ErrorCode>` and AWS's Java-SDK style
 * cause. Errors with no HTTP response (refused connection, DNS) become `<Service>.SdkClientException`,
 * a task failure that Retry and Catch can handle, never a crash.
 */
export function sdkFailure(prefix: string, serviceName: string, error: unknown): TaskCompletion {
  const shape = sdkErrorShape(error);
  const message = shape.message ?? String(error);
  const status = shape.$metadata?.httpStatusCode;
  if (status === undefined) return clientFailure(prefix, shape);
  const code = shape.name && shape.name !== "Error" ? shape.name : status >= 500 ? "ServiceException" : "AWSLambdaException";
  const requestId = shape.$metadata?.requestId ?? "";
  return {
    status: "failed",
    error: `${prefix}.${code}`,
    cause: `${message} (Service: ${serviceName}; Status Code: ${status}; Error Code: ${code}; Request ID: ${requestId}; Proxy: null)`,
  };
}
