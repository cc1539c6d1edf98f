/** The HTTP Task (`arn:aws:states:::http:invoke`): builds the request with its connection, calls the endpoint, shapes the answer. */
import type { InspectionDataRequest } from "@aws-sdk/client-sfn";
import { isJsonObject, type Json, type JsonObject } from "../../shared/json";
import { ConnectionAuthorizationError, type ConnectionAuthorizer } from "./connection-authorizer";
import type { ConnectionAdditions, ConnectionSource } from "./http-connection";
import { parseHttpTaskParameters, type HttpTaskParameters } from "./http-task-parameters";
import type { TaskCompletion, TaskReporter } from "../routing/task-dispatcher";
import { formEncode, formPairs } from "../sdk/url-encoded-form";

/** AWS gives an HTTP endpoint 60 seconds to answer before it fails the task with States.Http.Socket. */
const CALL_TIMEOUT_MS = 60_000;

/** A request ready to send, or shown in a trace. */
interface BuiltRequest {
  url: URL;
  method: string;
  headers: Array<[string, string]>;
  body: string | undefined;
}

export class HttpTaskInvoker {
  constructor(
    private readonly connections: ConnectionSource,
    private readonly authorizer: ConnectionAuthorizer,
    private readonly region: string,
  ) {}

  async invoke(parameters: Json, reporter: TaskReporter): Promise<TaskCompletion> {
    const task = parseHttpTaskParameters(parameters);
    if ("cause" in task) return { status: "failed", error: "States.Runtime", cause: task.cause };
    let additions: ConnectionAdditions;
    try {
      const connection = await this.connections.find(task.connectionArn);
      if (connection === undefined) {
        return {
          status: "failed",
          error: "States.Runtime",
          cause: `The connection ${task.connectionArn} is unknown: add it to the connections file (--connections) or configure an EventBridge endpoint that has it`,
        };
      }
      additions = await this.authorizer.additions(connection);
    } catch (error) {
      const reason = error instanceof ConnectionAuthorizationError ? "could not authorize" : "could not be read";
      return { status: "failed", error: "States.Runtime", cause: `The connection ${task.connectionArn} ${reason}: ${errorText(error)}` };
    }
    let request: BuiltRequest;
    let withoutSecrets: BuiltRequest;
    try {
      request = this.build(task, additions);
      withoutSecrets = this.build(task, { headers: [], query: [], body: [] });
    } catch (error) {
      return { status: "failed", error: "States.Runtime", cause: `The field 'ApiEndpoint' is not a valid URL: ${errorText(error)}` };
    }
    let response: Response;
    let text: string;
    try {
      const init: RequestInit = { method: request.method, headers: request.headers, signal: AbortSignal.timeout(CALL_TIMEOUT_MS) };
      if (request.body !== undefined) init.body = request.body;
      response = await fetch(request.url, init);
      text = await response.text();
    } catch (error) {
      reporter.traced?.({ request: inspected(request), requestWithoutSecrets: inspected(withoutSecrets) });
      return { status: "failed", error: "States.Http.Socket", cause: socketCause(error) };
    }
    const headers: JsonObject = {};
    for (const [name, value] of response.headers) headers[name] = [value];
    const result: JsonObject = {
      Headers: headers,
      ResponseBody: responseBody(text, response.headers.get("content-type")),
      StatusCode: response.status,
      StatusText: response.statusText,
    };
    reporter.traced?.({
      request: inspected(request),
      requestWithoutSecrets: inspected(withoutSecrets),
      response: {
        protocol: request.url.protocol.replace(":", ""),
        statusCode: String(response.status),
        statusMessage: response.statusText,
        headers: headerText([...response.headers]),
        body: text,
      },
    });
    if (response.status < 200 || response.status > 299) {
      return { status: "failed", error: `States.Http.StatusCode.${response.status}`, cause: JSON.stringify(result) };
    }
    return { status: "succeeded", output: result };
  }

  /** The task's request with what the connection adds; the connection's values win over the definition's. */
  private build(task: HttpTaskParameters, additions: ConnectionAdditions): BuiltRequest {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(task.apiEndpoint) ? task.apiEndpoint : `https://${task.apiEndpoint}`);
    for (const [key, value] of formPairs(task.queryParameters ?? null, task.arrayFormat)) url.searchParams.append(key, value);
    for (const parameter of additions.query) url.searchParams.set(parameter.key, parameter.value);
    let headers = [...task.headers];
    for (const parameter of additions.headers) {
      headers = headers.filter(([name]) => name.toLowerCase() !== parameter.key.toLowerCase());
      headers.push([parameter.key, parameter.value]);
    }
    const body = task.method === "GET" || task.method === "HEAD" ? undefined : requestBody(task, additions);
    const has = (name: string) => headers.some(([header]) => header.toLowerCase() === name);
    if (body !== undefined && !has("content-type")) {
      headers.push(["Content-Type", task.urlEncoded ? "application/x-www-form-urlencoded" : "application/json; charset=UTF-8"]);
    }
    headers.push(["User-Agent", `Amazon|StepFunctions|HttpInvoke|${this.region}`], ["Range", "bytes=0-262144"]);
    return { url, method: task.method, headers, body };
  }
}

/** The body: JSON text, or form text under Transform URL_ENCODED; the connection's body parameters join an object body. */
function requestBody(task: HttpTaskParameters, additions: ConnectionAdditions): string | undefined {
  const extra = additions.body;
  const body = task.requestBody;
  if (body === undefined && extra.length === 0) return undefined;
  if (typeof body === "string" && extra.length === 0) return body;
  const merged: JsonObject = isJsonObject(body) ? { ...body } : {};
  for (const parameter of extra) merged[parameter.key] = parameter.value;
  if (body !== undefined && !isJsonObject(body)) return typeof body === "string" ? body : JSON.stringify(body);
  return task.urlEncoded ? formEncode(formPairs(merged, task.arrayFormat)) : JSON.stringify(merged);
}

/** A JSON response body is parsed; anything else stays text. */
function responseBody(text: string, contentType: string | null): Json {
  if (contentType === null || !/json/i.test(contentType)) return text;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return text;
  }
}

function inspected(request: BuiltRequest): InspectionDataRequest {
  return {
    protocol: request.url.protocol.replace(":", ""),
    method: request.method,
    url: request.url.toString(),
    headers: headerText(request.headers),
    body: request.body ?? "",
  };
}

function headerText(headers: Array<[string, string]>): string {
  return `[${headers.map(([name, value]) => `${name}: ${value}`).join(", ")}]`;
}

function socketCause(error: unknown): string {
  if (error instanceof Error && error.name === "TimeoutError") return `The HTTP endpoint did not answer within ${CALL_TIMEOUT_MS / 1000} seconds`;
  const reason = error instanceof Error && error.cause instanceof Error ? error.cause.message : errorText(error);
  return `Could not connect to the HTTP endpoint: ${reason}`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
