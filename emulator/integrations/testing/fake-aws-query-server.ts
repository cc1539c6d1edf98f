/** A fake AWS query protocol service (form-encoded requests, XML answers) for tests, as SNS speaks it. */
import * as http from "node:http";
import { FakeHttpServer } from "./fake-http-server";

/** What a fake query operation answers: the XML inside `<Action>Result`, or an AWS error. */
export type FakeQueryAnswer = { resultXml: string } | { error: { code: string; message: string; status?: number; type?: "Sender" | "Receiver" } };

export type FakeQueryOperation = (params: Record<string, string>, call: number) => FakeQueryAnswer;

/**
 * A service speaking the AWS query protocol for tests (form-encoded `Action=...` requests, XML
 * answers), as SNS does, so the emulator's SDK clients run end to end.
 */
export class FakeAwsQueryServer extends FakeHttpServer {
  readonly calls: Array<{ action: string; params: Record<string, string> }> = [];
  private requests = 0;

  constructor(
    private readonly namespace: string,
    private readonly operations: Record<string, FakeQueryOperation>,
  ) {
    super();
  }

  protected respond(_req: http.IncomingMessage, requestBody: Buffer, res: http.ServerResponse): void {
    const requestId = `req-${this.requests++}`;
    const params = Object.fromEntries(new URLSearchParams(requestBody.toString("utf8")));
    const action = params["Action"] ?? "";
    this.calls.push({ action, params });
    const fn = this.operations[action];
    const call = this.calls.filter((c) => c.action === action).length - 1;
    const answer: FakeQueryAnswer = fn ? fn(params, call) : { error: { code: "InvalidAction", message: `Unknown action ${action}` } };
    let status = 200;
    let body: string;
    if ("error" in answer) {
      status = answer.error.status ?? 400;
      body =
        `<ErrorResponse xmlns="${this.namespace}">\n  <Error>\n    <Type>${answer.error.type ?? "Sender"}</Type>\n` +
        `    <Code>${answer.error.code}</Code>\n    <Message>${answer.error.message}</Message>\n  </Error>\n` +
        `  <RequestId>${requestId}</RequestId>\n</ErrorResponse>\n`;
    } else {
      body =
        `<${action}Response xmlns="${this.namespace}">\n  <${action}Result>\n${answer.resultXml}\n  </${action}Result>\n` +
        `  <ResponseMetadata>\n    <RequestId>${requestId}</RequestId>\n  </ResponseMetadata>\n</${action}Response>\n`;
    }
    res.writeHead(status, {
      "Content-Type": "text/xml",
      "x-amzn-RequestId": requestId,
      Date: new Date().toUTCString(),
      "Content-Length": String(Buffer.byteLength(body, "utf8")),
    });
    res.end(body);
  }
}
