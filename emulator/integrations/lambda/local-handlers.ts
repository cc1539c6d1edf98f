/**
 * Local handlers, the dispatch chain's second link: in-process functions or a handlers file that
 * answer Tasks by resource, function name or `<service>:<action>` instead of calling AWS.
 */
import { randomUUID } from "node:crypto";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import type { Json } from "../../shared/json";
import { isJsonObject } from "../../shared/json";
import { lambdaInvokeResult } from "./lambda-invoke-result";
import { pythonJsonText } from "../../shared/python-json";
import type { TaskCall, TaskRoute } from "../routing/task-call";
import type { TaskCompletion } from "../routing/task-dispatcher";

/** What a local handler gets besides its input. */
export interface LocalHandlerContext {
  stateName: string;
  /** The Task's Resource as written in the definition. */
  resource: string;
  executionArn: string;
  stateMachineArn: string;
  /** Present for `.waitForTaskToken`: the handler (or something it starts) reports with SendTaskSuccess. */
  taskToken?: string;
}

/** A local handler: a function of the task's input, sync or async; a throw is a task failure. */
export type LocalHandler = (input: Json, context: LocalHandlerContext) => unknown;

/**
 * (2) in the chain: handlers keyed by a Resource ARN, a Lambda function name or ARN, an activity
 * ARN or name, or `<service>:<action>`; from a file or, in process, from functions.
 */
export class LocalHandlers implements TaskRoute {
  constructor(
    private readonly handlers: ReadonlyMap<string, LocalHandler>,
    private readonly now: () => number,
    private readonly newId: () => string = randomUUID,
  ) {}

  /**
   * A JSON file mapping each key to `"<module path>[#<export>]"` (relative to the file; default
   * export `handler`, else the module's default).
   */
  static fromFile(file: string, now: () => number, newId?: () => string): LocalHandlers {
    return new LocalHandlers(loadHandlersFile(file), now, newId);
  }

  serve(call: TaskCall): Promise<TaskCompletion> | undefined {
    const { resource, invocation } = call;
    const parameters = invocation.parameters;
    const isInvoke = resource.kind === "service" && resource.resourceType === "lambda" && resource.action === "invoke";
    const keys = [invocation.resource];
    if (isInvoke && isJsonObject(parameters) && typeof parameters["FunctionName"] === "string") {
      keys.unshift(parameters["FunctionName"], functionNameOf(parameters["FunctionName"]));
    }
    if (resource.kind === "lambda-function" || resource.kind === "activity") keys.push(lastName(invocation.resource));
    if (resource.kind === "service") keys.push(`${resource.resourceType}:${resource.action}`);
    const handler = keys.map((key) => this.handlers.get(key)).find((found) => found !== undefined);
    if (!handler) return undefined;
    const input = isInvoke && isJsonObject(parameters) ? (parameters["Payload"] ?? null) : parameters;
    const context: LocalHandlerContext = {
      stateName: invocation.stateName,
      resource: invocation.resource,
      executionArn: call.execution.executionArn,
      stateMachineArn: call.execution.stateMachineArn,
    };
    if (invocation.taskToken !== undefined) context.taskToken = invocation.taskToken;
    return run(handler, input, context, isInvoke || resource.kind === "lambda-function").then((completion) => {
      // A .waitForTaskToken task waits for its token; an activity's handler answers as its worker would.
      if (resource.pattern === "waitForTaskToken" && completion.status === "succeeded") return { status: "pending" };
      if (isInvoke && completion.status === "succeeded") {
        const output = lambdaInvokeResult({
          statusCode: 200,
          executedVersion: "$LATEST",
          payload: completion.output,
          payloadText: pythonJsonText(completion.output),
          requestId: "local-handler",
          date: new Date(this.now()).toUTCString(),
        }, this.newId);
        return { status: "succeeded", output };
      }
      return completion;
    });
  }
}

function loadHandlersFile(file: string): Map<string, LocalHandler> {
  const handlers = new Map<string, LocalHandler>();
  const text = fs.readFileSync(file, "utf8");
  let document: Json;
  try {
    document = JSON.parse(text) as Json;
  } catch (error) {
    throw new Error(`handlers file ${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isJsonObject(document)) throw new Error(`handlers file ${file}: must be an object mapping resources to modules`);
  const load = createRequire(path.resolve(file));
  for (const [key, spec] of Object.entries(document)) {
    if (typeof spec !== "string") throw new Error(`handlers file ${file}: at /${key}: must be "<module path>[#<export>]"`);
    const [modulePath, exportName] = spec.split("#") as [string, string | undefined];
    const resolved = path.resolve(path.dirname(file), modulePath);
    let loaded: Record<string, unknown>;
    try {
      loaded = load(resolved) as Record<string, unknown>;
    } catch (error) {
      throw new Error(`handlers file ${file}: at /${key}: cannot load ${resolved}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const handler = exportName ? loaded[exportName] : (loaded["handler"] ?? loaded["default"] ?? loaded);
    if (typeof handler !== "function") {
      throw new Error(`handlers file ${file}: at /${key}: ${resolved} exports no function ${exportName ?? "handler"}`);
    }
    handlers.set(key, handler as LocalHandler);
  }
  return handlers;
}

async function run(handler: LocalHandler, input: Json, context: LocalHandlerContext, lambdaLike: boolean): Promise<TaskCompletion> {
  try {
    const result = await handler(input, context);
    return { status: "succeeded", output: result === undefined ? null : (JSON.parse(JSON.stringify(result)) as Json) };
  } catch (thrown) {
    const error = thrown instanceof Error ? thrown : new Error(String(thrown));
    const errorType = "errorType" in error && typeof error.errorType === "string" ? error.errorType : error.name;
    // Lambda-like handlers report as a Lambda function error would: errorType names it, the payload is the cause.
    const cause = lambdaLike ? JSON.stringify({ errorType, errorMessage: error.message }) : error.message;
    return { status: "failed", error: errorType, cause };
  }
}

function functionNameOf(nameOrArn: string): string {
  const parts = nameOrArn.split(":");
  return parts[0] === "arn" ? (parts[6] ?? nameOrArn) : (parts[0] ?? nameOrArn);
}

function lastName(arn: string): string {
  return arn.split(":").pop() ?? arn;
}
