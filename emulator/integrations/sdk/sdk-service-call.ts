/**
 * Task states served through AWS SDK v3 clients: the optimized SQS, SNS, DynamoDB and EventBridge
 * integrations and `aws-sdk:<service>:<action>` for installed clients.
 */
import type { Json, JsonObject } from "../../shared/json";
import { isJsonObject } from "../../shared/json";
import type { TaskResource } from "../../asl";
import type { AwsClientTarget } from "./aws-client-options";
import { httpAnswerOf, loadSdkService, sdkCommand, sdkPackageName, SdkClients } from "./sdk-client-loader";
import { awsSdkFailure, javaV2ServiceName, OPTIMIZED_NAMING, optimizedFailure } from "./sdk-error";
import { operationShape, sdkCommandInput } from "./sdk-input";
import { dynamoDbHttpMetadata, queueHttpMetadata, sdkOutputJson } from "./sdk-output";
import { snsPublishBody } from "./sdk-http-metadata";
import type { TaskCompletion } from "../routing/task-dispatcher";

/** The optimized integrations served through SDK clients, by resource type, with their actions. */
const OPTIMIZED_ACTIONS: Readonly<Record<keyof typeof OPTIMIZED_NAMING, readonly string[]>> = {
  sqs: ["sendMessage"],
  sns: ["publish"],
  dynamodb: ["getItem", "putItem", "updateItem", "deleteItem"],
  events: ["putEvents"],
};

type OptimizedService = keyof typeof OPTIMIZED_ACTIONS;

function isOptimizedService(resourceType: string): resourceType is OptimizedService {
  return Object.prototype.hasOwnProperty.call(OPTIMIZED_ACTIONS, resourceType);
}

/** Whether a Task resource is one that SdkServiceCall serves (aws-sdk:sfn has its own integration). */
export function isSdkServiceResource(resource: TaskResource): boolean {
  if (resource.kind !== "service") return false;
  if (isOptimizedService(resource.resourceType)) return OPTIMIZED_ACTIONS[resource.resourceType].includes(resource.action);
  return resource.resourceType.startsWith("aws-sdk:") && resource.resourceType !== "aws-sdk:sfn";
}

/**
 * Task states that call AWS services through SDK v3 clients: the optimized SQS SendMessage, SNS
 * Publish, DynamoDB item and EventBridge PutEvents integrations with the results AWS records, and
 * `aws-sdk:<service>:<action>` for any service whose `@aws-sdk/client-<service>` is installed.
 */
export class SdkServiceCall {
  private readonly clients = new SdkClients();

  /** Calls the service for the resource; the completion is the call's result or its task failure. */
  async call(target: AwsClientTarget, resource: TaskResource, parameters: Json): Promise<TaskCompletion> {
    if (isOptimizedService(resource.resourceType)) return this.optimized(target, resource.resourceType, resource.action, parameters);
    const service = resource.resourceType.slice("aws-sdk:".length);
    return this.awsSdk(target, service, resource.action, parameters);
  }

  private async awsSdk(target: AwsClientTarget, serviceId: string, action: string, parameters: Json): Promise<TaskCompletion> {
    const service = loadSdkService(serviceId);
    if (!service) return notInstalled(`aws-sdk:${serviceId}:${action}`, serviceId);
    const command = sdkCommand(service, action);
    if (!command) {
      return { status: "failed", error: "States.Runtime", cause: `The action '${action}' is not supported by the aws-sdk:${serviceId} integration` };
    }
    const serviceName = javaV2ServiceName(service.clientClass.name);
    const operation = new command({}).schema;
    let output: unknown;
    try {
      output = await this.clients.get(service, target).send(new command(sdkCommandInput(parameters, operation)));
    } catch (error) {
      return awsSdkFailure(serviceName, service.module, error);
    }
    try {
      return { status: "succeeded", output: await sdkOutputJson(output, operationShape(operation, "output")) };
    } catch (error) {
      return awsSdkFailure(serviceName, service.module, error);
    }
  }

  private async optimized(target: AwsClientTarget, resourceType: OptimizedService, action: string, parameters: Json): Promise<TaskCompletion> {
    const service = loadSdkService(resourceType);
    if (!service) return notInstalled(`${resourceType}:${action}`, resourceType);
    const command = sdkCommand(service, action);
    if (!command) return notInstalled(`${resourceType}:${action}`, resourceType);
    const naming = OPTIMIZED_NAMING[resourceType];
    const input = sdkCommandInput(parameters, new command({}).schema);
    let output: unknown;
    try {
      output = await this.clients.get(service, target).send(new command(input));
    } catch (error) {
      return optimizedFailure(naming, service.module, error);
    }
    const body = await sdkOutputJson(output);
    const fields = isJsonObject(body) ? body : {};
    const answer = httpAnswerOf(output);
    const requestId = requestIdOf(output);
    switch (resourceType) {
      case "sqs":
        return { status: "succeeded", output: { ...fields, ...queueHttpMetadata(answer, "application/x-amz-json-1.0", sortedJson(fields), requestId) } };
      case "sns": {
        const messageId = typeof fields["MessageId"] === "string" ? fields["MessageId"] : "";
        const id = answer?.headers["x-amzn-requestid"] ?? requestId ?? "";
        return { status: "succeeded", output: { ...fields, ...queueHttpMetadata(answer, "text/xml", snsPublishBody(messageId, id), requestId) } };
      }
      case "dynamodb":
        return { status: "succeeded", output: { ...fields, ...dynamoDbHttpMetadata(answer, action, JSON.stringify(fields), requestId) } };
      case "events":
        return putEventsCompletion(fields);
    }
  }

  close(): void {
    this.clients.close();
  }
}

/** PutEvents answers 200 even when entries fail; Step Functions fails the task with the whole answer. */
function putEventsCompletion(output: JsonObject): TaskCompletion {
  const failed = output["FailedEntryCount"];
  if (typeof failed === "number" && failed > 0) {
    return { status: "failed", error: "EventBridge.FailedEntry", cause: JSON.stringify(output) };
  }
  return { status: "succeeded", output };
}

function notInstalled(what: string, serviceId: string): TaskCompletion {
  return {
    status: "failed",
    error: "States.TaskFailed",
    cause:
      `sfn-emulator has no client for ${what}: install ${sdkPackageName(serviceId)} beside it, ` +
      "or mock it in a mock config test case or map it to a local handler (--handlers)",
  };
}

function requestIdOf(output: unknown): string | undefined {
  const metadata = (output as { $metadata?: { requestId?: string } } | undefined)?.$metadata;
  return metadata?.requestId;
}

/** JSON with keys in order, as AWS's JSON answers write them, for a Content-Length the answer did not give. */
function sortedJson(fields: JsonObject): string {
  return JSON.stringify(Object.fromEntries(Object.entries(fields).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}

