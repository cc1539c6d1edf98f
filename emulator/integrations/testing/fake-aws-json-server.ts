/** A fake AWS JSON 1.0/1.1 service for tests, answering per operation, so SDK clients run end to end. */
import * as http from "node:http";
import { FakeHttpServer } from "./fake-http-server";
import * as zlib from "node:zlib";

/** What a fake operation answers: an output, or an AWS error as the JSON protocols send it. */
export type FakeJsonAnswer =
  | { output: unknown; delayMs?: number }
  | { error: { type: string; message: string; status?: number; queryError?: string }; delayMs?: number };

export type FakeJsonOperation = (input: Record<string, unknown>, call: number) => FakeJsonAnswer;

/**
 * A service speaking AWS JSON 1.0 or 1.1 for tests (`POST /`, `X-Amz-Target: <prefix>.<Operation>`),
 * as SQS, DynamoDB, EventBridge and Secrets Manager do, so the emulator's SDK clients run end to end.
 * Operations it does not know answer `UnknownOperationException`.
 */
export class FakeAwsJsonServer extends FakeHttpServer {
  readonly calls: Array<{ operation: string; input: Record<string, unknown>; headers: http.IncomingHttpHeaders }> = [];
  private requests = 0;

  constructor(
    private readonly targetPrefix: string,
    private readonly operations: Record<string, FakeJsonOperation>,
    private readonly jsonVersion: "1.0" | "1.1" = "1.0",
  ) {
    super();
  }

  /** The inputs of the calls of one operation, in order. */
  inputsOf(operation: string): Array<Record<string, unknown>> {
    return this.calls.filter((call) => call.operation === operation).map((call) => call.input);
  }

  protected respond(req: http.IncomingMessage, requestBody: Buffer, res: http.ServerResponse): void {
    const requestId = `req-${this.requests++}`;
    const target = String(req.headers["x-amz-target"] ?? "");
    const operation = target.startsWith(`${this.targetPrefix}.`) ? target.slice(this.targetPrefix.length + 1) : "";
    const text = requestBody.toString("utf8");
    const input = (text === "" ? {} : JSON.parse(text)) as Record<string, unknown>;
    this.calls.push({ operation, input, headers: req.headers });
    const fn = this.operations[operation];
    const call = this.calls.filter((c) => c.operation === operation).length - 1;
    const answer: FakeJsonAnswer = fn
      ? fn(input, call)
      : { error: { type: "UnknownOperationException", message: `Unknown operation ${target}` } };
    const send = () => {
      if (res.destroyed) return;
      const headers: Record<string, string> = {
        "Content-Type": `application/x-amz-json-${this.jsonVersion}`,
        "x-amzn-RequestId": requestId,
        Date: new Date().toUTCString(),
      };
      let status = 200;
      let body: string;
      if ("error" in answer) {
        status = answer.error.status ?? 400;
        body = JSON.stringify({ __type: answer.error.type, message: answer.error.message });
        if (answer.error.queryError) headers["x-amzn-query-error"] = answer.error.queryError;
      } else {
        body = JSON.stringify(answer.output ?? {});
      }
      headers["x-amz-crc32"] = String(zlib.crc32(body));
      headers["Content-Length"] = String(Buffer.byteLength(body, "utf8"));
      res.writeHead(status, headers);
      res.end(body);
    };
    if (answer.delayMs) setTimeout(send, answer.delayMs);
    else send();
  }
}
