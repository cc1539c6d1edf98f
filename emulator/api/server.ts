import express, { type Request, type Response } from "express";
import { randomUUID } from "node:crypto";
import type { Logger } from "../runtime/logger";
import { ServiceError } from "../shared/service-error";
import { isOperationName, validateRequest } from "./model";
import { runOperation } from "./operations/operation-table";
import { requestScope } from "./request-scope";
import type { ServiceContext } from "./service-context";

const TARGET_PREFIX = "AWSStepFunctions.";
const CONTENT_TYPE = "application/x-amz-json-1.0";

/** The AWS JSON 1.0 wire protocol in front of the operation table, plus GET /health. */
export function createApp(ctx: ServiceContext, logger: Logger, version: string): express.Express {
  const app = express();
  app.disable("x-powered-by");
  // Every body is read as text so malformed JSON becomes AWS's SerializationException, not express's 400.
  app.use(express.text({ type: () => true, limit: "10mb" }));
  app.use((_req, res, next) => {
    res.setHeader("x-amzn-RequestId", randomUUID());
    next();
  });

  app.get("/health", (_req, res) => {
    res.json({ status: "ok", version, runningExecutions: ctx.executions.runningCount });
  });

  app.post("/", async (req: Request, res: Response) => {
    try {
      const body = await dispatch(ctx, req);
      send(res, 200, body);
    } catch (error) {
      if (error instanceof ServiceError) {
        // AWS leaves `message` out when it has none (a body that is not a JSON object).
        const body = error.message === "" ? { __type: error.code, ...error.extra } : { __type: error.code, message: error.message, ...error.extra };
        send(res, error.status, body);
        return;
      }
      logger.error(`internal error in ${String(req.headers["x-amz-target"])}`, error);
      send(res, 500, { __type: "InternalFailure", message: "An internal error occurred" });
    }
  });

  app.use((req: Request, res: Response) => {
    send(res, 404, { __type: "UnknownOperationException", message: `No route for ${req.method} ${req.path}` });
  });
  return app;
}

async function dispatch(ctx: ServiceContext, req: Request): Promise<object> {
  const target = req.headers["x-amz-target"];
  if (typeof target !== "string" || !target.startsWith(TARGET_PREFIX)) {
    throw new ServiceError("UnknownOperationException", "Missing or unknown X-Amz-Target header");
  }
  const operation = target.slice(TARGET_PREFIX.length);
  if (!isOperationName(operation)) throw new ServiceError("UnknownOperationException", `Unknown operation ${operation}`);
  const request = parseBody(req.body);
  const invalid = validateRequest(operation, request);
  if (invalid) throw invalid;
  return runOperation(operation, { ...ctx, scope: requestScope(req.headers.authorization, ctx.scope) }, request);
}

function parseBody(body: unknown): unknown {
  const text = typeof body === "string" ? body : "";
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ServiceError("SerializationException", "");
  }
}

function send(res: Response, status: number, body: object): void {
  res.status(status).setHeader("Content-Type", CONTENT_TYPE).send(JSON.stringify(body));
}
