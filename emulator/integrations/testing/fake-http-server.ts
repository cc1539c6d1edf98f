/** The base of the fake AWS services used in tests: a loopback HTTP server on an ephemeral port. */
import * as http from "node:http";
import type { AddressInfo } from "node:net";

/** A test server on an ephemeral loopback port that hands each request, with its whole body, to `respond`. */
export abstract class FakeHttpServer {
  private readonly server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => this.respond(req, Buffer.concat(chunks), res));
  });

  /** Listens and returns the server's URL, to give the emulator as an endpoint. */
  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  protected abstract respond(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse): void;
}
