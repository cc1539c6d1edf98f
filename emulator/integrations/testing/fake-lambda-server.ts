/** A fake Lambda Invoke API for tests, with scripted payloads, function errors and delays per function. */
import * as http from "node:http";
import { FakeHttpServer } from "./fake-http-server";

/** What a fake function answers: a payload, optionally as a function error, after an optional delay. */
export interface FakeAnswer {
  payload: unknown;
  functionError?: "Unhandled" | "Handled";
  delayMs?: number;
  status?: number;
  /** For an HTTP error: the AWS error code (x-amzn-ErrorType). */
  errorType?: string;
}

export type FakeFunction = (event: unknown, call: number) => FakeAnswer;

/**
 * A Lambda Invoke API server for tests (POST /2015-03-31/functions/<name>/invocations), speaking the
 * real protocol so the emulator's SDK client is exercised end to end.
 */
export class FakeLambdaServer extends FakeHttpServer {
  readonly calls: Array<{ functionName: string; event: unknown }> = [];
  private readonly counts = new Map<string, number>();

  constructor(private readonly functions: Record<string, FakeFunction>) {
    super();
  }

  protected respond(req: http.IncomingMessage, requestBody: Buffer, res: http.ServerResponse): void {
    const match = /^\/2015-03-31\/functions\/([^/]+)\/invocations/.exec(req.url ?? "");
    const name = decodeURIComponent(match?.[1] ?? "");
    const functionName = name.split(":")[6] ?? name;
    const fn = this.functions[functionName];
    const body = requestBody.toString("utf8");
    const event: unknown = body === "" ? null : JSON.parse(body);
    this.calls.push({ functionName, event });
    if (!match || !fn) {
      res.writeHead(404, { "Content-Type": "application/json", "x-amzn-ErrorType": "ResourceNotFoundException", "x-amzn-RequestId": "req-404" });
      res.end(JSON.stringify({ Type: "User", message: `Function not found: ${name}` }));
      return;
    }
    const call = this.counts.get(functionName) ?? 0;
    this.counts.set(functionName, call + 1);
    const answer = fn(event, call);
    const send = () => {
      if (res.destroyed) return;
      const headers: Record<string, string> = {
        "Content-Type": "application/json",
        "X-Amz-Executed-Version": "$LATEST",
        "x-amzn-RequestId": `req-${call}`,
      };
      if (answer.functionError) headers["X-Amz-Function-Error"] = answer.functionError;
      if (answer.errorType) headers["x-amzn-ErrorType"] = answer.errorType;
      res.writeHead(answer.status ?? 200, headers);
      res.end(JSON.stringify(answer.payload));
    };
    if (answer.delayMs) setTimeout(send, answer.delayMs);
    else send();
  }
}
