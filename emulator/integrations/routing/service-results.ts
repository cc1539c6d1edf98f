/**
 * Task results of service calls as AWS records them (SQS SendMessage, SNS Publish, StartExecution),
 * including what a mocked `.sync` or callback task shows as submitted.
 */
import { createHash, randomUUID } from "node:crypto";
import type { Json, JsonObject } from "../../shared/json";
import { isJsonObject } from "../../shared/json";
import type { TaskResource } from "../../asl";
import { lambdaInvokeResult } from "../lambda/lambda-invoke-result";
import { awsJsonEpochSeconds, sdkHttpMetadata, snsPublishBody } from "../sdk/sdk-http-metadata";
import { pythonJsonText } from "../../shared/python-json";

const AWS_JSON = "application/x-amz-json-1.0";

/** An SQS SendMessage answer (MD5 of the body as sent, a fresh message id) with its HTTP metadata. */
export function sqsSendMessageResult(fields: { MD5OfMessageBody: string; MessageId: string } & JsonObject, date: string, requestId: string = randomUUID()): JsonObject {
  const body = JSON.stringify(fields);
  return { ...fields, ...sdkHttpMetadata({ contentType: AWS_JSON, body, requestId, date }) };
}

/** An SNS Publish answer with its HTTP metadata. */
export function snsPublishResult(fields: { MessageId: string } & JsonObject, date: string, requestId: string = randomUUID()): JsonObject {
  return { ...fields, ...sdkHttpMetadata({ contentType: "text/xml", body: snsPublishBody(fields.MessageId, requestId), requestId, date }) };
}

/** A Step Functions StartExecution answer as the `states:startExecution` integration reports it. */
export function sfnStartExecutionResult(executionArn: string, startDate: number, date: string, requestId: string = randomUUID()): JsonObject {
  const body = `{"executionArn":${JSON.stringify(executionArn)},"startDate":${awsJsonEpochSeconds(startDate)}}`;
  return { ExecutionArn: executionArn, ...sdkHttpMetadata({ contentType: AWS_JSON, body, requestId, date }), StartDate: startDate };
}

/** The SQS message body as Step Functions sends it: text as is, JSON values serialised. */
function messageBodyText(parameters: Json): string {
  const body = isJsonObject(parameters) ? parameters["MessageBody"] : undefined;
  if (body === undefined) return "";
  return typeof body === "string" ? body : JSON.stringify(body);
}

function md5(text: string): string {
  return createHash("md5").update(text, "utf8").digest("hex");
}

function isAction(resource: TaskResource, resourceType: string, action: string): boolean {
  return resource.kind === "service" && resource.resourceType === resourceType && resource.action === action;
}

/** The execution a mocked or real StartExecution started: from the mock's answer, else named after the request. */
function startedExecution(parameters: Json, mocked: Json, now: number, newId: () => string): { arn: string; startDate: number } {
  const m = isJsonObject(mocked) ? mocked : {};
  const p = isJsonObject(parameters) ? parameters : {};
  const stateMachineArn = typeof p["StateMachineArn"] === "string" ? p["StateMachineArn"] : "";
  const name = typeof p["Name"] === "string" ? p["Name"] : newId();
  const arn = typeof m["ExecutionArn"] === "string" ? m["ExecutionArn"] : `${stateMachineArn.replace(":stateMachine:", ":execution:")}:${name}`;
  const rawDate = m["StartDate"];
  const parsed = typeof rawDate === "number" ? rawDate : typeof rawDate === "string" ? Number(rawDate) : NaN;
  return { arn, startDate: Number.isFinite(parsed) ? parsed : now };
}

/**
 * What TaskSubmitted shows for a mocked `.sync` or `.waitForTaskToken` task: the answer of the call
 * that handed the work over, which a mock config does not give (its Return is the final result).
 * `newId` makes its ids (reproducible when the emulator is seeded).
 */
export function mockedSubmission(resource: TaskResource, parameters: Json, mocked: Json, now: number, newId: () => string = randomUUID): Json {
  const date = new Date(now).toUTCString();
  if (isAction(resource, "sqs", "sendMessage")) {
    return sqsSendMessageResult({ MD5OfMessageBody: md5(messageBodyText(parameters)), MessageId: newId() }, date, newId());
  }
  if (isAction(resource, "sns", "publish")) return snsPublishResult({ MessageId: newId() }, date, newId());
  if (isAction(resource, "states", "startExecution")) {
    const started = startedExecution(parameters, mocked, now, newId);
    return sfnStartExecutionResult(started.arn, started.startDate, date, newId());
  }
  if (isAction(resource, "lambda", "invoke")) {
    const response = { statusCode: 200, executedVersion: "$LATEST", payload: null, payloadText: pythonJsonText(null), requestId: newId(), date };
    return lambdaInvokeResult(response, newId);
  }
  return {};
}
