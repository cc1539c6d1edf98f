/**
 * Sends the fuzzer's requests to an emulator over loopback and tallies, per class, what came back:
 * 2xx, 4xx, 5xx, hangs (no answer within the time limit), dropped connections, and answers that
 * are not AWS-shaped JSON with a request id. Bounded by a request count and a deadline.
 */
import http from "node:http";
import { FUZZ_CLASSES, SAMPLE_DEFINITION, seededRandom, type FuzzRequest } from "./fuzz-cases";

export interface ClassTally {
  requests: number;
  ok: number;
  clientErrors: number;
  serverErrors: number;
  hangs: number;
  dropped: number;
  /** Answers that are not JSON in AWS's error shape, or lack x-amzn-RequestId. */
  malformed: number;
  /** One example per kind of finding, to reproduce it. */
  examples: string[];
}

export interface FuzzOptions {
  url: string;
  perClass: number;
  seed: number;
  /** The whole run stops starting requests after this. */
  deadlineMs: number;
  requestTimeoutMs: number;
  /** Checked after each class: false once the emulator process has died. */
  alive?: () => boolean;
}

export interface FuzzReport {
  classes: Record<string, ClassTally>;
  crashed: boolean;
  stoppedEarly: boolean;
}

type Outcome = { kind: "answer"; status: number; text: string; requestId: string | undefined } | { kind: "hang" } | { kind: "dropped"; reason: string };

function send(url: URL, request: FuzzRequest, timeoutMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    const body = typeof request.body === "string" ? Buffer.from(request.body, "utf8") : request.body;
    const outgoing = http.request(
      {
        host: url.hostname,
        port: Number(url.port),
        method: request.method,
        path: request.path,
        headers: { ...request.headers, "Content-Length": String(body.length) },
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const requestId = response.headers["x-amzn-requestid"];
          finish({ kind: "answer", status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8"), requestId: typeof requestId === "string" ? requestId : undefined });
        });
        response.on("error", (error) => finish({ kind: "dropped", reason: error.message }));
      },
    );
    outgoing.setTimeout(timeoutMs, () => {
      finish({ kind: "hang" });
      outgoing.destroy();
    });
    outgoing.on("error", (error) => finish({ kind: "dropped", reason: error.message }));
    outgoing.end(body);
  });
}

function awsShaped(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null && typeof (parsed as { __type?: unknown }).__type === "string";
  } catch {
    return false;
  }
}

function describe(request: FuzzRequest): string {
  const body = typeof request.body === "string" ? request.body : `<${request.body.length} bytes>`;
  return `${request.method} ${request.path} ${request.headers["X-Amz-Target"] ?? ""} ${body.length > 160 ? `${body.slice(0, 160)}… (${body.length} chars)` : body}`;
}

function record(tally: ClassTally, request: FuzzRequest, outcome: Outcome): void {
  tally.requests += 1;
  const note = (finding: string) => {
    if (tally.examples.length < 5) tally.examples.push(`${finding}: ${describe(request)}`);
  };
  switch (outcome.kind) {
    case "hang":
      tally.hangs += 1;
      note("no answer");
      return;
    case "dropped":
      tally.dropped += 1;
      note(`connection dropped (${outcome.reason})`);
      return;
    case "answer":
      if (outcome.status >= 500) {
        tally.serverErrors += 1;
        note(`${outcome.status} ${outcome.text.slice(0, 200)}`);
      } else if (outcome.status >= 400) {
        tally.clientErrors += 1;
        if (!awsShaped(outcome.text) || outcome.requestId === undefined) {
          tally.malformed += 1;
          note(`not AWS-shaped: ${outcome.status} ${outcome.text.slice(0, 120)}`);
        }
      } else {
        tally.ok += 1;
      }
  }
}

/** Runs every class in turn, `perClass` requests each, a few at a time. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const url = new URL(options.url);
  if (url.hostname !== "127.0.0.1" && url.hostname !== "localhost") throw new Error(`the fuzzer talks only to loopback, not ${url.hostname}`);
  const random = seededRandom(options.seed);
  const startedAt = Date.now();
  const report: FuzzReport = { classes: {}, crashed: false, stoppedEarly: false };
  // The state machine that the ARN-taking cases name, so some of them reach past the lookup.
  await send(
    url,
    {
      method: "POST",
      path: "/",
      headers: { "Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": "AWSStepFunctions.CreateStateMachine" },
      body: JSON.stringify({ name: "fuzz-target", definition: SAMPLE_DEFINITION, roleArn: "arn:aws:iam::123456789012:role/fuzz" }),
    },
    options.requestTimeoutMs,
  );
  for (const [name, generate] of Object.entries(FUZZ_CLASSES)) {
    const tally: ClassTally = { requests: 0, ok: 0, clientErrors: 0, serverErrors: 0, hangs: 0, dropped: 0, malformed: 0, examples: [] };
    report.classes[name] = tally;
    const requests = Array.from({ length: options.perClass }, () => generate(random));
    const CONCURRENCY = 4;
    let next = 0;
    const worker = async () => {
      while (next < requests.length && Date.now() - startedAt < options.deadlineMs) {
        const request = requests[next++] as FuzzRequest;
        record(tally, request, await send(url, request, options.requestTimeoutMs));
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    if (tally.requests < requests.length) report.stoppedEarly = true;
    if (options.alive !== undefined && !options.alive()) {
      report.crashed = true;
      break;
    }
  }
  return report;
}

/** The per-class table the CLI prints. */
export function formatReport(report: FuzzReport): string {
  const header = ["class", "requests", "2xx", "4xx", "5xx", "hangs", "dropped", "not AWS-shaped"];
  const rows = Object.entries(report.classes).map(([name, t]) => [name, t.requests, t.ok, t.clientErrors, t.serverErrors, t.hangs, t.dropped, t.malformed].map(String));
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ");
  const examples = Object.entries(report.classes).flatMap(([name, t]) => t.examples.map((example) => `  [${name}] ${example}`));
  return [
    line(header),
    ...rows.map(line),
    `emulator crashed: ${report.crashed ? "YES" : "no"}${report.stoppedEarly ? " (deadline reached before every request was sent)" : ""}`,
    ...(examples.length > 0 ? ["findings:", ...examples] : []),
  ].join("\n");
}

/** True when the run found nothing to fix. */
export function isClean(report: FuzzReport): boolean {
  return !report.crashed && Object.values(report.classes).every((t) => t.serverErrors === 0 && t.hangs === 0 && t.dropped === 0 && t.malformed === 0);
}
