/**
 * The console's routes: the page served safely, cross-site requests refused, and pending activity
 * tasks and callback tokens listed.
 */
import { CreateActivityCommand, ListStateMachinesCommand, SendTaskSuccessCommand, type SFNClient } from "@aws-sdk/client-sfn";
import * as http from "node:http";
import type { Emulator } from "../index";
import { createMachine, settledExecution, startExecution, startTestEmulator, useTestEmulator, waitForEvent } from "../testing/test-emulator";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP request, so a test can send the headers a browser (or an attacker's page) would. */
function request(emulator: Emulator, method: string, urlPath: string, headers: Record<string, string>, body = ""): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: emulator.port, method, path: urlPath, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

const CREATE = JSON.stringify({ name: "planted", definition: JSON.stringify({ StartAt: "P", States: { P: { Type: "Pass", End: true } } }), roleArn: "arn:aws:iam::123456789012:role/r" });

describe("the console's serving and its guard against other web sites", () => {
  let emulator: Emulator;
  let sfn: SFNClient;
  let self: string;
  // The routes serve whatever the assets folder holds; a stand-in page is enough here.
  const assets = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-console-routes-"));
  fs.writeFileSync(path.join(assets, "index.html"), "<!doctype html><title>console</title>");
  useTestEmulator({ consoleDir: assets }, (started) => ({ emulator, sfn } = started));
  beforeAll(() => {
    self = `127.0.0.1:${emulator.port}`;
  });
  afterAll(() => fs.rmSync(assets, { recursive: true, force: true }));

  async function machineNames(): Promise<string[]> {
    const listed = await sfn.send(new ListStateMachinesCommand({}));
    return (listed.stateMachines ?? []).map((machine) => machine.name ?? "");
  }

  it("redirects a browser opening the emulator's address to /console/, and leaves API clients alone", async () => {
    const page = await request(emulator, "GET", "/", { host: self, accept: "text/html,application/xhtml+xml", "sec-fetch-site": "none" });
    expect(page.status).toBe(302);
    expect(page.headers.location).toBe("/console/");
    const api = await request(emulator, "GET", "/", { host: self, accept: "application/json" });
    expect(api.status).toBe(405);
    expect(JSON.parse(api.body).__type).toBe("UnknownOperationException");
  });

  it("serves the page uncached and refuses to be framed or to load anything from elsewhere", async () => {
    const page = await request(emulator, "GET", "/console/", { host: self });
    expect(page.status).toBe(200);
    expect(page.headers["cache-control"]).toBe("no-cache");
    expect(page.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(page.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    const missing = await request(emulator, "GET", "/console/no-such-file.js", { host: self });
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body)).toMatchObject({ __type: "ResourceNotFound", message: "No console asset /console/no-such-file.js" });
  });

  it("rejects a cross-site form post (text/plain, no X-Amz-Target) without doing anything", async () => {
    const answer = await request(emulator, "POST", "/", { host: self, origin: "http://evil.example", "sec-fetch-site": "cross-site", "content-type": "text/plain" }, CREATE);
    expect(answer.status).toBe(403);
    // Without the browser's headers the missing X-Amz-Target alone turns it away.
    const bare = await request(emulator, "POST", "/", { host: self, "content-type": "text/plain" }, CREATE);
    expect(JSON.parse(bare.body).__type).toBe("UnknownOperationException");
    expect(await machineNames()).not.toContain("planted");
  });

  it("refuses API calls a browser makes for another origin, even with X-Amz-Target", async () => {
    const target = { "x-amz-target": "AWSStepFunctions.CreateStateMachine", "content-type": "application/x-amz-json-1.0" };
    const crossSite = await request(emulator, "POST", "/", { ...target, host: self, origin: "http://evil.example", "sec-fetch-site": "cross-site" }, CREATE);
    expect(crossSite.status).toBe(403);
    expect(JSON.parse(crossSite.body)).toMatchObject({ __type: "AccessDeniedException" });
    const otherPort = await request(emulator, "POST", "/", { ...target, host: self, origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-site" }, CREATE);
    expect(otherPort.status).toBe(403);
    const rebound = await request(emulator, "POST", "/", { ...target, host: `evil.example:${emulator.port}`, origin: `http://evil.example:${emulator.port}`, "sec-fetch-site": "same-origin" }, CREATE);
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.body).message).toContain("evil.example");
    expect(await machineNames()).not.toContain("planted");
  });

  it("refuses the emulator's own endpoints to another site's page: a form cannot reset the emulator", async () => {
    await createMachine(sfn, { StartAt: "P", States: { P: { Type: "Pass", End: true } } }, "kept");
    const reset = await request(emulator, "POST", "/_emulator/reset", { host: self, origin: "http://evil.example", "sec-fetch-site": "cross-site", "content-type": "text/plain" });
    expect(reset.status).toBe(403);
    expect(await machineNames()).toContain("kept");
  });

  it("answers the console's own same-origin API calls", async () => {
    const answer = await request(emulator, "POST", "/", {
      host: self,
      origin: `http://${self}`,
      "sec-fetch-site": "same-origin",
      "x-amz-target": "AWSStepFunctions.ListStateMachines",
      "content-type": "application/x-amz-json-1.0",
    }, "{}");
    expect(answer.status).toBe(200);
  });

  it("grants no cross-origin reads: no CORS headers on a preflight or an answer", async () => {
    const preflight = await request(emulator, "OPTIONS", "/", { host: self, origin: "http://evil.example", "access-control-request-method": "POST", "access-control-request-headers": "x-amz-target" });
    expect(preflight.headers["access-control-allow-origin"]).toBeUndefined();
    const tokens = await request(emulator, "GET", "/console/api/task-tokens?executionArn=x", { host: self, origin: "http://evil.example", "sec-fetch-site": "cross-site" });
    expect(tokens.status).toBe(403);
    expect(tokens.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("lists the tasks waiting in an activity for a worker", async () => {
    const activityArn = (await sfn.send(new CreateActivityCommand({ name: "review" }))).activityArn ?? "";
    const machine = await createMachine(sfn, { StartAt: "Review", States: { Review: { Type: "Task", Resource: activityArn, End: true } } });
    const executionArn = await startExecution(sfn, machine, { doc: 7 });
    await waitForEvent(sfn, executionArn, "ActivityScheduled");
    const queued = await request(emulator, "GET", `/console/api/activity-tasks?activityArn=${encodeURIComponent(activityArn)}`, { host: self });
    expect(queued.status).toBe(200);
    expect(JSON.parse(queued.body).tasks).toEqual([{ taskToken: expect.any(String), input: '{"doc":7}', executionArn }]);
    const missing = await request(emulator, "GET", "/console/api/task-tokens", { host: self });
    expect(JSON.parse(missing.body).__type).toBe("MissingRequiredParameter");
  });
});

describe("pending callback tokens", () => {
  let emulator: Emulator;
  let sfn: SFNClient;
  useTestEmulator({ handlersPath: path.join(__dirname, "..", "..", "console", "tests", "handlers", "handlers.json") }, (started) => ({ emulator, sfn } = started));

  it("lists the token a .waitForTaskToken task waits on, with its state, until it is answered", async () => {
    const machine = await createMachine(sfn, {
      StartAt: "Ask",
      States: {
        Ask: {
          Type: "Task",
          Resource: "arn:aws:states:::lambda:invoke.waitForTaskToken",
          Parameters: { FunctionName: "notify", Payload: { note: "not a token", "callback.$": "$$.Task.Token" } },
          End: true,
        },
      },
    });
    const executionArn = await startExecution(sfn, machine);
    await waitForEvent(sfn, executionArn, "TaskStarted");
    const url = `/console/api/task-tokens?executionArn=${encodeURIComponent(executionArn)}`;
    const listed = JSON.parse((await request(emulator, "GET", url, { host: `127.0.0.1:${emulator.port}` })).body) as { taskTokens: { taskToken: string; stateName: string }[] };
    expect(listed.taskTokens).toEqual([{ taskToken: expect.any(String), stateName: "Ask", scheduledEventId: 3, resource: "lambda:invoke.waitForTaskToken" }]);
    await sfn.send(new SendTaskSuccessCommand({ taskToken: listed.taskTokens[0]?.taskToken, output: "{}" }));
    await settledExecution(sfn, executionArn);
    const after = JSON.parse((await request(emulator, "GET", url, { host: `127.0.0.1:${emulator.port}` })).body) as { taskTokens: unknown[] };
    expect(after.taskTokens).toEqual([]);
  });
});

describe("--no-console", () => {
  it("serves neither the console nor the redirect", async () => {
    const { emulator, sfn } = await startTestEmulator({ console: false });
    try {
      const page = await request(emulator, "GET", "/console/", { host: `127.0.0.1:${emulator.port}` });
      expect(page.status).toBe(404);
      const root = await request(emulator, "GET", "/", { host: `127.0.0.1:${emulator.port}`, accept: "text/html" });
      expect(root.status).toBe(405);
    } finally {
      sfn.destroy();
      await emulator.close();
    }
  });
});
