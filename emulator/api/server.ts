/**
 * The HTTP front of the emulator. `POST /` (every Step Functions call) is served on plain
 * node:http by ./http/json-protocol; everything else falls through to one express app, the place
 * where other routes mount (GET /health here; the console under /console/, the emulator's own
 * endpoints under /_emulator/). Every answer, including every rejection, is AWS-shaped JSON.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, RequestListener, Server, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { Logger } from "../runtime/logger";
import type { EmulatorControl } from "./emulator-routes";
import { refuseCrossSite } from "./browser-request-guard";
import { NO_CONSOLE } from "./front-options";
import { HttpRejection, writeRejection } from "./http/http-rejection";
import { serveJsonProtocol } from "./http/json-protocol";
import type { ServiceContext } from "./service-context";

export type { FrontOptions } from "./front-options";

/** The request listener of the emulator's server: the API fast path in front of the express app. */
export function createServerHandler(ctx: ServiceContext, logger: Logger, version: string, control?: EmulatorControl, options = NO_CONSOLE): RequestListener {
  let app: Promise<RequestListener> | undefined;
  const guard = refuseCrossSite(options.host);
  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === "POST" && (req.url === "/" || req.url?.startsWith("/?") === true)) {
      guard(req, res, () => serveJsonProtocol(ctx, logger, req, res));
      return;
    }
    app ??= import("./express-app").then(({ createApp }) => createApp(ctx, logger, version, control, options));
    app.then(
      (handle) => handle(req, res),
      (error: unknown) => {
        logger.error(`internal error serving ${req.method ?? ""} ${req.url ?? ""}`, error);
        writeRejection(res, new HttpRejection(500, "InternalFailure", "An internal error occurred"));
      },
    );
  };
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
