/** A third-party HTTP API for HTTP Task tests: records every request and answers from per-path scripts. */
import type * as http from "node:http";
import { FakeHttpServer } from "./fake-http-server";

/** A request as the API received it. */
export interface ReceivedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** What the API answers: a status, headers and a body (an object is sent as JSON). */
export interface ScriptedAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Answers a request to a path; `call` counts the requests to that path from 0. */
export type PathScript = (request: ReceivedRequest, call: number) => ScriptedAnswer;

export class FakeHttpApi extends FakeHttpServer {
  readonly received: ReceivedRequest[] = [];
  private readonly calls = new Map<string, number>();

  constructor(private readonly scripts: Record<string, PathScript>) {
    super();
  }

  protected respond(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse): void {
    const url = new URL(req.url ?? "/", "http://localhost");
    const request: ReceivedRequest = { method: req.method ?? "", path: url.pathname, query: url.searchParams, headers: req.headers, body: body.toString("utf8") };
    this.received.push(request);
    const call = this.calls.get(url.pathname) ?? 0;
    this.calls.set(url.pathname, call + 1);
    const script = this.scripts[url.pathname];
    const answer = script === undefined ? { status: 404, body: { message: "no such path" } } : script(request, call);
    const text = answer.body === undefined ? "" : typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
    const headers = { ...(typeof answer.body === "object" ? { "Content-Type": "application/json" } : {}), ...answer.headers };
    res.writeHead(answer.status, headers);
    res.end(text);
  }

  /** The requests received on a path. */
  to(path: string): ReceivedRequest[] {
    return this.received.filter((request) => request.path === path);
  }
}
