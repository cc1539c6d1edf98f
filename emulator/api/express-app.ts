/**
 * The express app behind the API's fast path (./server.ts): GET /health, the console, the
 * emulator's own endpoints under /_emulator/, and JSON answers for everything else. Loaded on the
 * first request that is not `POST /`, so start-up does not pay for express.
 */
import express, { type NextFunction, type Request, type Response } from "express";
import type { Logger } from "../runtime/logger";
import { refuseCrossSite } from "./browser-request-guard";
import { consoleRoutes } from "./console-routes";
import { emulatorRoutes, type EmulatorControl } from "./emulator-routes";
import { NO_CONSOLE } from "./front-options";
import { MAX_REQUEST_BYTES } from "./http/body-reader";
import { HttpRejection, writeJson, writeRejection } from "./http/http-rejection";
import type { ServiceContext } from "./service-context";

/** The express app behind the fast path: add routes other than `POST /` here. */
export function createApp(ctx: ServiceContext, logger: Logger, version: string, control?: EmulatorControl, options = NO_CONSOLE): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.disable("etag");
  // Routes here may read a text body; body-parser's own failures are answered as JSON below.
  app.use(express.text({ type: () => true, limit: MAX_REQUEST_BYTES }));

  app.get("/health", (_req, res) => {
    writeJson(res, 200, { status: "ok", version, ...ctx.executions.counts(), queuedActivityTasks: ctx.activities.queuedCount });
  });

  if (control) app.use("/_emulator", refuseCrossSite(options.host), emulatorRoutes(ctx, control, logger));
  if (options.console) app.use(consoleRoutes(ctx, options.host, options.consoleDir));

  app.use((req: Request, res: Response) => {
    const rejection =
      req.path === "/"
        ? new HttpRejection(405, "UnknownOperationException", `Method ${req.method} is not allowed on /; the API takes POST`)
        : new HttpRejection(404, "UnknownOperationException", `No route for ${req.method} ${req.path}`);
    writeRejection(res, rejection);
  });

  // Express would otherwise answer its own errors with an HTML page and a stack trace.
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    writeRejection(res, asRejection(error, logger, req), { Connection: "close" });
  });
  return app;
}

/** body-parser's errors carry the status and a `type` naming what went wrong. */
function asRejection(error: unknown, logger: Logger, req: Request): HttpRejection {
  const { status, type } = (typeof error === "object" && error !== null ? error : {}) as { status?: unknown; type?: unknown };
  switch (type) {
    case "entity.too.large":
      return new HttpRejection(413, "RequestEntityTooLargeException", `Request must be smaller than ${MAX_REQUEST_BYTES} bytes for the request body`);
    case "encoding.unsupported":
    case "charset.unsupported":
      return new HttpRejection(415, "UnsupportedMediaTypeException", "The body's Content-Encoding or charset is not supported");
    default:
      if (typeof status === "number" && status >= 400 && status < 500) {
        return new HttpRejection(400, "SerializationException", "The request could not be read");
      }
      logger.error(`internal error serving ${req.method} ${req.path}`, error);
      return new HttpRejection(500, "InternalFailure", "An internal error occurred");
  }
}
