/** A Task's Resource ARN resolved to its kind, service, action and integration pattern. */

/** How a Task waits for its work: AWS's service integration patterns. */
export type IntegrationPattern = "request-response" | "sync" | "sync:2" | "waitForTaskToken";

/** A Task's Resource as AWS reports it in TaskScheduled/TaskSucceeded events. */
export interface TaskResource {
  kind: "service" | "lambda-function" | "activity";
  /** `lambda`, `sqs`, `aws-sdk:s3`, `states`, ... */
  resourceType: string;
  /** The action with its pattern suffix as AWS writes it: `invoke`, `startExecution.sync:2`, ... */
  resource: string;
  action: string;
  pattern: IntegrationPattern;
  region?: string;
}

/** A Resource ARN as written, with what it resolves to: what a TaskInvocation carries. */
export interface ResolvedResource {
  resource: string;
  target: TaskResource;
}

const SERVICE_ARN = /^arn:aws[\w-]*:states:([a-z0-9-]*):(\d*):(aws-sdk:)?([\w-]+):([\w.:-]+)$/;

/** Resolves a Task Resource; compile does it once per Task, and the interpreter and the integrations carry the answer. */
export function parseTaskResource(resource: string): TaskResource {
  const parts = resource.split(":");
  // Checked first: `arn:aws:states:<region>:<account>:activity:<name>` also fits the service pattern.
  if (parts[2] === "states" && parts[5] === "activity") {
    return { kind: "activity", resourceType: "activity", resource, action: "", pattern: "request-response", region: parts[3] ?? "" };
  }
  const service = SERVICE_ARN.exec(resource);
  if (service) {
    const [, region, , sdk, serviceName = "", actionWithPattern = ""] = service;
    const { action, pattern } = splitPattern(actionWithPattern);
    const parsed: TaskResource = {
      kind: "service",
      resourceType: sdk ? `aws-sdk:${serviceName}` : serviceName,
      resource: actionWithPattern,
      action,
      pattern,
    };
    if (region) parsed.region = region;
    return parsed;
  }
  return {
    kind: "lambda-function",
    resourceType: "lambda",
    resource,
    action: "invoke",
    pattern: "request-response",
    region: parts[3] ?? "",
  };
}

function splitPattern(actionWithPattern: string): { action: string; pattern: IntegrationPattern } {
  if (actionWithPattern.endsWith(".waitForTaskToken")) {
    return { action: actionWithPattern.slice(0, -".waitForTaskToken".length), pattern: "waitForTaskToken" };
  }
  if (actionWithPattern.endsWith(".sync:2")) return { action: actionWithPattern.slice(0, -".sync:2".length), pattern: "sync:2" };
  if (actionWithPattern.endsWith(".sync")) return { action: actionWithPattern.slice(0, -".sync".length), pattern: "sync" };
  return { action: actionWithPattern, pattern: "request-response" };
}
