/**
 * The `states:startExecution` integration: nested executions started from a Task, answered at once,
 * after the child ends (`.sync`, `.sync:2`) or on its task token.
 */
import { randomUUID } from "node:crypto";
import type { DescribeExecutionCommandOutput, SFNClient } from "@aws-sdk/client-sfn";
import { sfnSdk } from "../sdk/sdk-modules";
import type { Json, JsonObject } from "../../shared/json";
import { isJsonObject } from "../../shared/json";
import type { AwsClientTarget } from "../sdk/aws-client-options";
import { ClientCache } from "../sdk/client-cache";
import { sdkFailure } from "../sdk/sdk-failure";
import type { IntegrationPattern } from "../../asl";
import { IGNORE_PROGRESS, type TaskCompletion, type TaskReporter } from "../routing/task-dispatcher";
import { sfnStartExecutionResult } from "../routing/service-results";

const POLL_MS = 200;

/**
 * `states:startExecution` through the Step Functions API, this emulator's own unless
 * STEP_FUNCTIONS_ENDPOINT says otherwise: request-response answers at once, `.sync` waits and gives
 * the output as text, `.sync:2` as JSON, `.waitForTaskToken` waits for the token.
 */
export class NestedExecutionStarter {
  /** `awaitOwnExecution` resolves when an execution of this emulator has ended, so `.sync` need not poll it. */
  constructor(private readonly awaitOwnExecution?: (executionArn: string) => Promise<void>) {}

  private readonly clients = new ClientCache<SFNClient>((options) => new (sfnSdk().SFNClient)(options));
  private closed = false;

  /** `own`: the target is this emulator, not a configured STEP_FUNCTIONS_ENDPOINT. */
  async start(target: AwsClientTarget, parameters: Json, pattern: IntegrationPattern, reporter: TaskReporter = IGNORE_PROGRESS, own = false): Promise<TaskCompletion> {
    if (!isJsonObject(parameters) || typeof parameters["StateMachineArn"] !== "string") {
      return { status: "failed", error: "States.Runtime", cause: "The field 'StateMachineArn' is required" };
    }
    const client = this.clients.get(target);
    const input = parameters["Input"];
    const request: { stateMachineArn: string; input?: string; name?: string; traceHeader?: string } = {
      stateMachineArn: parameters["StateMachineArn"],
    };
    if (input !== undefined) request.input = typeof input === "string" ? input : JSON.stringify(input);
    if (typeof parameters["Name"] === "string") request.name = parameters["Name"];
    let started;
    try {
      started = await client.send(new (sfnSdk().StartExecutionCommand)(request));
    } catch (error) {
      return sdkFailure("StepFunctions", "AWSStepFunctions", error);
    }
    const executionArn = started.executionArn ?? "";
    const date = new Date().toUTCString();
    const answer = sfnStartExecutionResult(executionArn, started.startDate?.getTime() ?? 0, date, started.$metadata.requestId ?? randomUUID());
    if (pattern === "request-response") return { status: "succeeded", output: answer };
    reporter.submitted(answer);
    if (pattern === "waitForTaskToken") return { status: "pending" };
    if (own && this.awaitOwnExecution) {
      // The child's steps are this emulator's own work; waiting on it in process leaves no gap to poll.
      reporter.handedOver?.();
      await this.awaitOwnExecution(executionArn);
      reporter.resumed?.();
    }
    for (;;) {
      if (this.closed) return { status: "pending" };
      let described: DescribeExecutionCommandOutput;
      try {
        described = await client.send(new (sfnSdk().DescribeExecutionCommand)({ executionArn }));
      } catch (error) {
        return sdkFailure("StepFunctions", "AWSStepFunctions", error);
      }
      if (described.status !== "RUNNING" && described.status !== "PENDING_REDRIVE") {
        const output = describeOutput(described, pattern === "sync:2");
        if (described.status === "SUCCEEDED") return { status: "succeeded", output };
        return { status: "failed", error: "States.TaskFailed", cause: JSON.stringify(output) };
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  close(): void {
    this.closed = true;
    this.clients.close();
  }
}

/** DescribeExecution in the task result's PascalCase, input and output as text (.sync) or JSON (.sync:2). */
function describeOutput(described: DescribeExecutionCommandOutput, asJson: boolean): JsonObject {
  const data = (text: string | undefined): Json => (text === undefined ? null : asJson ? (JSON.parse(text) as Json) : text);
  const out: JsonObject = {
    ExecutionArn: described.executionArn ?? "",
    Input: data(described.input),
    InputDetails: { Included: described.inputDetails?.included ?? true },
    Name: described.name ?? "",
    RedriveCount: described.redriveCount ?? 0,
    RedriveStatus: described.redriveStatus ?? "NOT_REDRIVABLE",
    StartDate: described.startDate?.getTime() ?? 0,
    StateMachineArn: described.stateMachineArn ?? "",
    Status: described.status ?? "",
    StopDate: described.stopDate?.getTime() ?? 0,
  };
  if (described.redriveStatusReason !== undefined) out.RedriveStatusReason = described.redriveStatusReason;
  if (described.output !== undefined) {
    out.Output = data(described.output);
    out.OutputDetails = { Included: described.outputDetails?.included ?? true };
  }
  if (described.error !== undefined) out.Error = described.error;
  if (described.cause !== undefined) out.Cause = described.cause;
  return out;
}
