/**
 * Rejections at the HTTP level (oversized, wrong charset, unknown path, malformed or too-deep
 * requests) answered in AWS's JSON error shape.
 */
import http from "node:http";
import net from "node:net";
import zlib from "node:zlib";
import { createEmulator, type Emulator } from "../../index";

let emulator: Emulator;

beforeAll(async () => {
  emulator = await createEmulator({ port: 0, inMemory: true, logLevel: "silent" });
});

afterAll(async () => {
  await emulator.close();
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

function send(options: { method?: string; path?: string; headers?: Record<string, string | number>; body?: Buffer | string }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port: emulator.port,
        method: options.method ?? "POST",
        path: options.path ?? "/",
        headers: { "Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": "AWSStepFunctions.ListStateMachines", ...options.headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString("utf8") }));
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

function expectAwsError(answer: Answer, status: number, type: string): void {
  expect(answer.status).toBe(status);
  expect(answer.headers["content-type"]).toBe("application/x-amz-json-1.0");
  expect(answer.headers["x-amzn-requestid"]).toMatch(/^[0-9a-f-]{36}$/);
  expect(answer.text).not.toMatch(/<html|<!DOCTYPE|\bat .*\.(js|ts):\d+/i);
  expect(JSON.parse(answer.text)).toMatchObject({ __type: type });
}

describe("HTTP-level rejections answer in AWS's JSON error shape", () => {
  it("answers a body over the 1 MiB request quota with 413, declared or streamed", async () => {
    const big = `{"x":"${"a".repeat(1024 * 1024)}"}`;
    expectAwsError(await send({ body: big }), 413, "RequestEntityTooLargeException");
    expectAwsError(await send({ body: big, headers: { "Transfer-Encoding": "chunked" } }), 413, "RequestEntityTooLargeException");
    expectAwsError(await send({ body: "x".repeat(11 * 1024 * 1024) }), 413, "RequestEntityTooLargeException");
  });

  it.each(["gzip", "deflate", "br"])("refuses a %s-compressed body with 415", async (encoding) => {
    const body = encoding === "br" ? zlib.brotliCompressSync("{}") : encoding === "gzip" ? zlib.gzipSync("{}") : zlib.deflateSync("{}");
    expectAwsError(await send({ body, headers: { "Content-Encoding": encoding } }), 415, "UnsupportedMediaTypeException");
  });

  it("refuses a charset other than UTF-8 and accepts utf-8 spelled either way", async () => {
    const latin1 = { "Content-Type": "application/x-amz-json-1.0; charset=ISO-8859-1" };
    expectAwsError(await send({ body: "{}", headers: latin1 }), 415, "UnsupportedMediaTypeException");
    expect((await send({ body: "{}", headers: { "Content-Type": "application/x-amz-json-1.0; charset=UTF-8" } })).status).toBe(200);
    expect((await send({ body: "{}", headers: { "Content-Type": "application/json; charset=utf8" } })).status).toBe(200);
  });

  it("answers an unknown path with 404 and a wrong method on / with 405", async () => {
    expectAwsError(await send({ path: "/nowhere" }), 404, "UnknownOperationException");
    expectAwsError(await send({ method: "GET", path: "/" }), 405, "UnknownOperationException");
    expectAwsError(await send({ method: "PUT", path: "/", body: "{}" }), 405, "UnknownOperationException");
    expectAwsError(await send({ method: "DELETE", path: "/health" }), 404, "UnknownOperationException");
  });

  it("answers an express route's unreadable body as JSON, not express's HTML page", async () => {
    const answer = await send({ method: "PUT", path: "/x", body: zlib.gzipSync("{}"), headers: { "Content-Encoding": "x-unknown" } });
    expectAwsError(answer, 415, "UnsupportedMediaTypeException");
  });

  it("answers JSON nested beyond 1000 levels with SerializationException", async () => {
    const deep = `{"x":${"[".repeat(10_000)}${"]".repeat(10_000)}}`;
    expectAwsError(await send({ body: deep }), 400, "SerializationException");
    const fine = `{"x":${"[".repeat(900)}${"]".repeat(900)}}`;
    expect((await send({ body: fine })).status).toBe(200);
  });

  it("answers a malformed request line with a JSON 400 rather than a bare status line", async () => {
    const text = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(emulator.port, "127.0.0.1", () => socket.write("NOT HTTP AT ALL\r\n\r\n"));
      let received = "";
      socket.on("data", (chunk: Buffer) => (received += chunk.toString("utf8")));
      socket.on("end", () => resolve(received));
      socket.on("error", reject);
    });
    expect(text).toMatch(/^HTTP\/1\.1 400/);
    expect(text).toContain('"__type":"SerializationException"');
  });

  it("keeps answering on the same connection after a rejected request with a body it read", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const call = (body: string) =>
      new Promise<number>((resolve, reject) => {
        const request = http.request(
          { host: "127.0.0.1", port: emulator.port, method: "POST", path: "/", agent, headers: { "X-Amz-Target": "AWSStepFunctions.ListStateMachines" } },
          (response) => {
            response.resume();
            response.on("end", () => resolve(response.statusCode ?? 0));
          },
        );
        request.on("error", reject);
        request.end(body);
      });
    expect(await call("{bad")).toBe(400);
    expect(await call("{}")).toBe(200);
    agent.destroy();
  });
});
