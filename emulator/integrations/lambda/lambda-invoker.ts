/**
 * Calls to Lambda Invoke for Task states: the request taken from the Task's parameters, the call
 * through the SDK, and its payload or error as a task completion.
 */
import type { InvokeCommandInput, LambdaClient } from "@aws-sdk/client-lambda";
import { lambdaSdk } from "../sdk/sdk-modules";
import type { Json } from "../../shared/json";
import { isJsonObject } from "../../shared/json";
import type { AwsClientTarget } from "../sdk/aws-client-options";
import { ClientCache } from "../sdk/client-cache";
import { lambdaInvokeResult } from "./lambda-invoke-result";
import { sdkFailure } from "../sdk/sdk-failure";
import type { TaskCompletion } from "../routing/task-dispatcher";

/** What Step Functions sends to Lambda Invoke. */
export interface LambdaInvokeRequest {
  FunctionName: string;
  Payload?: Json;
  Qualifier?: string;
  InvocationType?: string;
  ClientContext?: string;
  LogType?: string;
}

/** Lambda Invoke parameters from a `lambda:invoke` Task's parameters. */
export function invokeRequestFrom(parameters: Json): LambdaInvokeRequest | string {
  if (!isJsonObject(parameters) || typeof parameters["FunctionName"] !== "string") {
    return "The field 'FunctionName' is required";
  }
  const request: LambdaInvokeRequest = { FunctionName: parameters["FunctionName"] };
  if (parameters["Payload"] !== undefined) request.Payload = parameters["Payload"];
  for (const field of ["Qualifier", "InvocationType", "ClientContext", "LogType"] as const) {
    const value = parameters[field];
    if (typeof value === "string") request[field] = value;
  }
  return request;
}

/** The region of a function ARN, if the name is one. */
export function functionRegion(functionName: string): string | undefined {
  const parts = functionName.split(":");
  return parts[0] === "arn" && parts[2] === "lambda" ? parts[3] : undefined;
}

/**
 * Calls Lambda Invoke through the SDK: `shape` "invoke" gives the `lambda:invoke` result with HTTP
 * metadata, "payload" gives the function's output as the legacy function-ARN resource does.
 * Function errors fail with the payload's errorType; SDK and network errors with `Lambda.<Code>`.
 */
export class LambdaInvoker {
  private readonly clients = new ClientCache<LambdaClient>((options) => new (lambdaSdk().LambdaClient)(options));

  async invoke(target: AwsClientTarget, request: LambdaInvokeRequest, shape: "invoke" | "payload"): Promise<TaskCompletion> {
    const input: InvokeCommandInput = { FunctionName: request.FunctionName };
    if (request.Payload !== undefined) input.Payload = Buffer.from(JSON.stringify(request.Payload), "utf8");
    if (request.Qualifier !== undefined) input.Qualifier = request.Qualifier;
    if (request.InvocationType !== undefined) input.InvocationType = request.InvocationType as InvokeCommandInput["InvocationType"];
    if (request.ClientContext !== undefined) input.ClientContext = request.ClientContext;
    if (request.LogType !== undefined) input.LogType = request.LogType as InvokeCommandInput["LogType"];
    let response;
    try {
      response = await this.clients.get(target).send(new (lambdaSdk().InvokeCommand)(input));
    } catch (error) {
      return sdkFailure("Lambda", "AWSLambda", error);
    }
    const payloadText = response.Payload ? Buffer.from(response.Payload).toString("utf8") : "";
    const payload = parsePayload(payloadText);
    if (response.FunctionError !== undefined) {
      const errorType = isJsonObject(payload) && typeof payload["errorType"] === "string" ? payload["errorType"] : "Lambda.Unknown";
      // The optimized integration re-serialises the error payload compactly; the legacy resource passes it on as sent.
      return { status: "failed", error: errorType, cause: shape === "invoke" && typeof payload !== "string" ? JSON.stringify(payload) : payloadText };
    }
    if (shape === "payload") return { status: "succeeded", output: payload };
    const output = lambdaInvokeResult({
      statusCode: response.StatusCode ?? 200,
      executedVersion: response.ExecutedVersion ?? "$LATEST",
      payload,
      payloadText,
      requestId: response.$metadata.requestId ?? "",
      date: new Date().toUTCString(),
    });
    return { status: "succeeded", output };
  }

  close(): void {
    this.clients.close();
  }
}

/** Lambda payloads are JSON; an empty one is null, and text that is not JSON stays text. */
function parsePayload(text: string): Json {
  if (text.trim() === "") return null;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return text;
  }
}
