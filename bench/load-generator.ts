/**
 * A closed-loop load generator over raw keep-alive sockets: each connection sends one prebuilt
 * AWS JSON 1.0 request, waits for the whole answer, and sends again. It spends a few microseconds
 * of client CPU per call, so on a shared 2-core machine the server, not the client, sets the rate.
 */
import net from "node:net";

export interface LoadResult {
  requests: number;
  /** Answers whose status was not 200. */
  errors: number;
  perSecond: number;
  firstStatusLine: string;
}

export interface LoadOptions {
  port: number;
  connections: number;
  durationMs: number;
  /** Builds the body of the next request on each connection (most benchmarks send a constant). */
  operation: string;
  body: () => string;
}

const HEADER_END = Buffer.from("\r\n\r\n");

function requestBytes(port: number, operation: string, body: string): Buffer {
  const length = Buffer.byteLength(body);
  return Buffer.from(
    `POST / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/x-amz-json-1.0\r\n` +
      `X-Amz-Target: AWSStepFunctions.${operation}\r\nContent-Length: ${length}\r\nConnection: keep-alive\r\n\r\n${body}`,
  );
}

/** Runs the loop on every connection for `durationMs` and counts the answers. */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    let requests = 0;
    let errors = 0;
    let firstStatusLine = "";
    let stopping = false;
    let open = 0;
    const startedAt = performance.now();
    const sockets: net.Socket[] = [];
    const finish = () => {
      const elapsed = performance.now() - startedAt;
      resolve({ requests, errors, perSecond: (requests / elapsed) * 1000, firstStatusLine });
    };
    for (let index = 0; index < options.connections; index += 1) {
      const socket = net.connect({ host: "127.0.0.1", port: options.port });
      socket.setNoDelay(true);
      sockets.push(socket);
      open += 1;
      let pending: Buffer = Buffer.alloc(0);
      const send = () => socket.write(requestBytes(options.port, options.operation, options.body()));
      socket.on("connect", send);
      socket.on("data", (chunk: Buffer) => {
        pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
        for (;;) {
          const headerEnd = pending.indexOf(HEADER_END);
          if (headerEnd < 0) return;
          const head = pending.subarray(0, headerEnd).toString("latin1");
          const match = /content-length:\s*(\d+)/i.exec(head);
          const total = headerEnd + 4 + Number(match?.[1] ?? 0);
          if (pending.length < total) return;
          const statusLine = head.slice(0, head.indexOf("\r\n"));
          if (firstStatusLine === "") firstStatusLine = statusLine;
          if (!statusLine.startsWith("HTTP/1.1 200")) errors += 1;
          requests += 1;
          pending = pending.subarray(total);
          if (stopping) {
            socket.end();
            return;
          }
          send();
        }
      });
      socket.on("error", (error) => {
        stopping = true;
        reject(error);
      });
      socket.on("close", () => {
        open -= 1;
        if (open === 0) finish();
      });
    }
    setTimeout(() => {
      stopping = true;
      // A connection whose answer never comes would keep the run open; close what is left shortly after.
      setTimeout(() => sockets.forEach((socket) => socket.destroy()), 2000).unref();
    }, options.durationMs);
  });
}
