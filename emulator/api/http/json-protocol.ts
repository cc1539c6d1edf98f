/**
 * `POST /` in the AWS JSON 1.0 protocol, on plain node:http: X-Amz-Target picks the operation,
 * the body is read under the size quota, parsed, depth-checked and validated against the service
 * model, and the handler's answer (or error) is written once. Nothing here allocates per-request
 * tables; this is the path every SDK call takes, so it stays lean.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "../../runtime/logger";
import { exceedsJsonDepth, MAX_JSON_DEPTH } from "../../shared/json-depth";
import { ServiceError } from "../../shared/service-error";
import { isOperationName, validateRequest, type OperationName } from "../model";
import { runOperation } from "../operations/operation-table";
import { requestScope } from "../request-scope";
import type { ServiceContext } from "../service-context";
import { discardBody, readBody, unreadableBody } from "./body-reader";
import { HttpRejection, writeJson, writeRejection } from "./http-rejection";

const TARGET_PREFIX = "AWSStepFunctions.";

/** Serves one `POST /`; never throws, every failure becomes an AWS-shaped answer. */
export function serveJsonProtocol(ctx: ServiceContext, logger: Logger, req: IncomingMessage, res: ServerResponse): void {
  const unreadable = unreadableBody(req);
  if (unreadable !== undefined) {
    writeRejection(res, unreadable);
    discardBody(req);
    return;
  }
  readBody(req).then(
    (text) => answer(ctx, logger, req, res, text),
    (error: unknown) => {
      if (error instanceof HttpRejection) {
        writeRejection(res, error);
        return;
      }
      // The client went away mid-body: nobody is left to answer.
      res.destroy();
    },
  );
}

async function answer(ctx: ServiceContext, logger: Logger, req: IncomingMessage, res: ServerResponse, text: string): Promise<void> {
  try {
    const operation = operationOf(req);
    const request = parseBody(text);
    const invalid = validateRequest(operation, request);
    if (invalid) throw invalid;
    const body = await runOperation(operation, { ...ctx, scope: requestScope(req.headers.authorization, ctx.scope) }, request);
    writeJson(res, 200, body);
  } catch (error) {
    if (error instanceof ServiceError) {
      // AWS leaves `message` out when it has none (a body that is not a JSON object).
      const body = error.message === "" ? { __type: error.code, ...error.extra } : { __type: error.code, message: error.message, ...error.extra };
      writeJson(res, error.status, body);
      return;
    }
    logger.error(`internal error in ${String(req.headers["x-amz-target"])}`, error);
    writeJson(res, 500, { __type: "InternalFailure", message: "An internal error occurred" });
  }
}

function operationOf(req: IncomingMessage): OperationName {
  const target = req.headers["x-amz-target"];
  if (typeof target !== "string" || !target.startsWith(TARGET_PREFIX)) {
    throw new ServiceError("UnknownOperationException", "Missing or unknown X-Amz-Target header");
  }
  const operation = target.slice(TARGET_PREFIX.length);
  if (!isOperationName(operation)) throw new ServiceError("UnknownOperationException", `Unknown operation ${operation}`);
  return operation;
}

/**
 * The request object: malformed JSON, anything but an object, and nesting deeper than AWS's
 * parser accepts are all SerializationException, as on AWS.
 */
function parseBody(text: string): Record<string, unknown> {
  if (text.length === 0 || text.trim() === "") return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ServiceError("SerializationException", "");
  }
  if (exceedsJsonDepth(parsed, MAX_JSON_DEPTH, text)) throw new ServiceError("SerializationException", "");
  return parsed as Record<string, unknown>;
}
