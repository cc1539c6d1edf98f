/**
 * The HTTP front of the emulator. `POST /` (every Step Functions call) is served on plain
 * node:http by ./http/json-protocol; everything else falls through to one express app, the place
 * where other routes mount (GET /health here; the console under /console/, the emulator's own
 * endpoints under /_emulator/). Every answer, including every rejection, is AWS-shaped JSON.
 */
import express, { type NextFunction, type Request, type Response } from "express";
import { randomUUID } from "node:crypto";
import type { IncomingMessage, RequestListener, Server, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { Logger } from "../runtime/logger";
import { MAX_REQUEST_BYTES } from "./http/body-reader";
import { HttpRejection, writeJson, writeRejection } from "./http/http-rejection";
import { serveJsonProtocol } from "./http/json-protocol";
import type { ServiceContext } from "./service-context";
import { emulatorRoutes, type EmulatorControl } from "./emulator-routes";
import { refuseCrossSite } from "./browser-request-guard";
import { consoleRoutes } from "./console-routes";

/** What the HTTP front serves besides the API: the console, and the host name browser requests must use. */
export interface FrontOptions {
  console: boolean;
  host: string;
}

const NO_CONSOLE: FrontOptions = { console: false, host: "127.0.0.1" };

/** The request listener of the emulator's server: the API fast path in front of the express app. */
export function createServerHandler(ctx: ServiceContext, logger: Logger, version: string, control?: EmulatorControl, options = NO_CONSOLE): RequestListener {
  const app = createApp(ctx, logger, version, control, options);
  const guard = refuseCrossSite(options.host);
  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === "POST" && (req.url === "/" || req.url?.startsWith("/?") === true)) {
      guard(req, res, () => serveJsonProtocol(ctx, logger, req, res));
      return;
    }
    app(req, res);
  };
}

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
  if (options.console) app.use(consoleRoutes(ctx, options.host));

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

/**
 * Malformed HTTP that node rejects before any handler runs (bad request line, headers too large)
 * is answered in the same JSON shape rather than node's bare status line.
 */
export function answerClientErrors(server: Server): void {
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || error.code === "ECONNRESET") {
      socket.destroy();
      return;
    }
    const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : 400;
    const body = JSON.stringify({ __type: "SerializationException", message: "The HTTP request could not be parsed" });
    socket.end(
      `HTTP/1.1 ${status} ${status === 431 ? "Request Header Fields Too Large" : "Bad Request"}\r\n` +
        `Content-Type: application/x-amz-json-1.0\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `x-amzn-RequestId: ${randomUUID()}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
