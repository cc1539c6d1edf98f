/**
 * The service route, the dispatch chain's last links: Tasks call the endpoint configured for their
 * service, else AWS itself, or wait for an activity worker or a task token.
 */
import { endpointFor } from "../../shared/service-endpoints";
import type { ActivityQueue } from "../activities/activity-queue";
import type { AwsClientTarget } from "../sdk/aws-client-options";
import { AwsSdkSfn } from "../nested/aws-sdk-sfn";
import { ConnectionAuthorizer } from "../http/connection-authorizer";
import { EventBridgeConnections } from "../http/eventbridge-connections";
import { firstOf, type ConnectionSource } from "../http/http-connection";
import { ConnectionsFile } from "../http/http-connections-file";
import { HttpTaskInvoker } from "../http/http-task-invoker";
import { functionRegion, invokeRequestFrom, LambdaInvoker } from "../lambda/lambda-invoker";
import { NestedExecutionStarter } from "../nested/nested-execution-starter";
import { isS3ObjectAction, S3Objects } from "../s3/s3-objects";
import { isSdkServiceResource, SdkServiceCall } from "../sdk/sdk-service-call";
import type { TaskCall, TaskRoute } from "./task-call";
import type { TaskCompletion } from "./task-dispatcher";

export interface ServiceRouteOptions {
  endpoints: Readonly<Record<string, string>>;
  region: string;
  /** This emulator's own URL, where nested executions go unless STEP_FUNCTIONS_ENDPOINT is set. */
  selfUrl: () => string;
  activities: ActivityQueue;
  /** The local connections file for HTTP Tasks, if any. */
  connectionsPath?: string;
  now: () => number;
  /** Resolves when an execution of this emulator has ended (nested `.sync` executions wait on it). */
  awaitOwnExecution?: (executionArn: string) => Promise<void>;
}

/**
 * (3) and (4) in the chain: the endpoint configured for the service, else its AWS endpoint, through
 * SDK v3 clients. Activities and services with no client here wait for a worker or a token.
 */
export class ServiceRoute implements TaskRoute {
  private readonly lambda = new LambdaInvoker();
  private readonly nested: NestedExecutionStarter;
  private readonly sdkSfn = new AwsSdkSfn();
  private readonly s3Objects = new S3Objects();
  private readonly sdkServices = new SdkServiceCall();
  private readonly connections: ConnectionSource;
  private readonly http: HttpTaskInvoker;

  /** Reads the connections file, if any: a malformed one throws here, at start. */
  constructor(private readonly options: ServiceRouteOptions) {
    this.nested = new NestedExecutionStarter(options.awaitOwnExecution);
    const sources: ConnectionSource[] = [];
    if (options.connectionsPath !== undefined) sources.push(new ConnectionsFile(options.connectionsPath));
    const eventsEndpoint = endpointFor(options.endpoints, "events");
    if (eventsEndpoint !== undefined) {
      const secretsEndpoint = endpointFor(options.endpoints, "secretsmanager");
      sources.push(
        new EventBridgeConnections(
          (region) => ({ region, endpoint: eventsEndpoint }),
          (region) => (secretsEndpoint === undefined ? { region } : { region, endpoint: secretsEndpoint }),
        ),
      );
    }
    this.connections = firstOf(sources);
    this.http = new HttpTaskInvoker(this.connections, new ConnectionAuthorizer(options.now), options.region);
  }

  serve(call: TaskCall): Promise<TaskCompletion> {
    const { resource, invocation } = call;
    const region = resource.region || call.execution.executionArn.split(":")[3] || this.options.region;
    const endpoint = endpointFor(this.options.endpoints, resource.resourceType);
    const target = endpoint === undefined ? { region } : { region, endpoint };
    switch (resource.kind) {
      case "activity":
        if (invocation.taskToken !== undefined) {
          this.options.activities.push(invocation.resource, { taskToken: invocation.taskToken, input: JSON.stringify(invocation.parameters) });
        }
        return Promise.resolve({ status: "pending" });
      case "lambda-function":
        return this.lambda.invoke(
          { ...target, region: functionRegion(invocation.resource) ?? region },
          { FunctionName: invocation.resource, Payload: invocation.parameters },
          "payload",
        );
      case "service":
        break;
    }
    if (resource.resourceType === "http" && resource.action === "invoke") return this.http.invoke(invocation.parameters, call.reporter);
    if (resource.resourceType === "lambda" && resource.action === "invoke") {
      const request = invokeRequestFrom(invocation.parameters);
      if (typeof request === "string") return Promise.resolve({ status: "failed", error: "States.Runtime", cause: request });
      const functionTarget = { ...target, region: functionRegion(request.FunctionName) ?? region };
      const result = this.lambda.invoke(functionTarget, request, "invoke");
      if (resource.pattern !== "waitForTaskToken") return result;
      return result.then((completion) => handedOver(call, completion));
    }
    if (resource.resourceType === "states" && resource.action === "startExecution") {
      // With no STEP_FUNCTIONS_ENDPOINT the child runs here, and `.sync` waits on it in process.
      const own = endpoint === undefined;
      return this.nested.start(this.stepFunctions(call, region, endpoint), invocation.parameters, resource.pattern, call.reporter, own);
    }
    // A Map's ItemReader and ResultWriter read and write S3 objects through these.
    if (resource.resourceType === "s3" && isS3ObjectAction(resource.action)) return this.s3Objects.call(target, resource.action, invocation.parameters);
    if (resource.resourceType === "aws-sdk:sfn") {
      const result = this.sdkSfn.call(this.stepFunctions(call, region, endpoint), resource.action, invocation.parameters);
      if (resource.pattern !== "waitForTaskToken") return result;
      return result.then((completion) => handedOver(call, completion));
    }
    if (isSdkServiceResource(resource)) {
      const result = this.sdkServices.call(target, resource, invocation.parameters);
      if (resource.pattern !== "waitForTaskToken") return result;
      return result.then((completion) => handedOver(call, completion));
    }
    if (invocation.taskToken !== undefined) return Promise.resolve({ status: "pending" });
    return Promise.resolve({
      status: "failed",
      error: "States.TaskFailed",
      cause:
        `sfn-emulator has no client for ${resource.resourceType}:${resource.action}; ` +
        "mock it in a mock config test case or map it to a local handler (--handlers)",
    });
  }

  /** Step Functions calls go to this emulator unless an endpoint is configured, signed for the execution's own account. */
  private stepFunctions(call: TaskCall, region: string, endpoint: string | undefined): AwsClientTarget {
    if (endpoint !== undefined) return { region, endpoint };
    const account = call.execution.executionArn.split(":")[4];
    return account === undefined || account === "" ? { region, endpoint: this.options.selfUrl() } : { region, endpoint: this.options.selfUrl(), account };
  }

  close(): void {
    this.lambda.close();
    this.nested.close();
    this.sdkSfn.close();
    this.s3Objects.close();
    this.sdkServices.close();
    this.connections.close?.();
  }
}

/** A callback task whose call succeeded has handed its work over (TaskSubmitted) and waits for its token. */
function handedOver(call: TaskCall, completion: TaskCompletion): TaskCompletion {
  if (completion.status !== "succeeded") return completion;
  call.reporter.submitted(completion.output);
  return { status: "pending" };
}
