/**
 * The emulator's own endpoints: the long-poll wait for an execution's end, reset, and the clock's
 * rejections of bad requests.
 */
import { CreateStateMachineCommand, ListStateMachinesCommand, StartExecutionCommand } from "@aws-sdk/client-sfn";
import { startEmulator, type RunningEmulator } from "../index";

const ROLE = "arn:aws:iam::123456789012:role/test";
const START = Date.UTC(2032, 0, 1);

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ clock: "virtual", clockStart: START, logLevel: "silent" });
});
afterAll(() => emu.stop());
beforeEach(() => emu.reset());

async function startWaiting(seconds: number): Promise<string> {
  const definition = JSON.stringify({ StartAt: "W", States: { W: { Type: "Wait", Seconds: seconds, End: true } } });
  const created = await emu.client.send(new CreateStateMachineCommand({ name: "waits", definition, roleArn: ROLE }));
  const started = await emu.client.send(new StartExecutionCommand({ stateMachineArn: created.stateMachineArn ?? "", input: '{"n":1}' }));
  return started.executionArn ?? "";
}

function wait(query: string): Promise<Response> {
  return fetch(`${emu.endpoint}/_emulator/executions/wait?${query}`);
}

describe("GET /_emulator/executions/wait", () => {
  it("answers with DescribeExecution's result once the execution ends", async () => {
    const executionArn = await startWaiting(10);
    const answer = wait(`executionArn=${encodeURIComponent(executionArn)}&timeoutSeconds=30`);
    await emu.clock.advance(10_000);
    const body = await (await answer).json();
    expect(body).toMatchObject({ executionArn, status: "SUCCEEDED", output: '{"n":1}', startDate: START / 1000, stopDate: START / 1000 + 10 });
  });

  it("answers at once for an execution that has ended", async () => {
    const executionArn = await startWaiting(0);
    const body = await (await wait(`executionArn=${encodeURIComponent(executionArn)}&timeoutSeconds=3600`)).json();
    expect(body).toMatchObject({ status: "SUCCEEDED" });
  });

  it("answers 200 with status RUNNING when the timeout passes first", async () => {
    const executionArn = await startWaiting(60);
    const answer = await wait(`executionArn=${encodeURIComponent(executionArn)}&timeoutSeconds=0`);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ executionArn, status: "RUNNING" });
  });

  it("rejects a missing or unknown execution and a bad timeout with AWS-shaped errors", async () => {
    const missing = await wait("");
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ __type: "ValidationException", message: "executionArn is required" });
    const unknown = await wait(`executionArn=${encodeURIComponent("arn:aws:states:us-east-1:123456789012:execution:nope:nope")}`);
    expect(await unknown.json()).toMatchObject({ __type: "ExecutionDoesNotExist" });
    const badTimeout = await wait(`executionArn=x&timeoutSeconds=abc`);
    expect(await badTimeout.json()).toEqual({ __type: "ValidationException", message: "timeoutSeconds must be a number from 0 to 3600" });
  });
});

describe("POST /_emulator/reset", () => {
  it("forgets state machines and executions; a wait on a forgotten execution answers ExecutionDoesNotExist", async () => {
    const executionArn = await startWaiting(60);
    const answer = wait(`executionArn=${encodeURIComponent(executionArn)}&timeoutSeconds=30`);
    const reset = await fetch(`${emu.endpoint}/_emulator/reset`, { method: "POST" });
    expect(await reset.json()).toEqual({ reset: true });
    expect(await (await answer).json()).toMatchObject({ __type: "ExecutionDoesNotExist" });
    expect((await emu.client.send(new ListStateMachinesCommand({}))).stateMachines).toEqual([]);
    expect(emu.clock.now()).toBe(START);
  });
});

describe("POST /_emulator/clock", () => {
  it("rejects a body that is not JSON, and moving a real clock", async () => {
    const notJson = await fetch(`${emu.endpoint}/_emulator/clock`, { method: "POST", body: "{" });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({ __type: "SerializationException", message: "The body is not valid JSON" });
    const real = await startEmulator({ logLevel: "silent" });
    try {
      const refused = await fetch(`${real.endpoint}/_emulator/clock`, { method: "POST", body: '{"advanceSeconds":1}' });
      expect(refused.status).toBe(400);
      expect(await refused.json()).toMatchObject({ __type: "ValidationException" });
      expect(await (await fetch(`${real.endpoint}/_emulator/clock`)).json()).toMatchObject({ mode: "real" });
    } finally {
      await real.stop();
    }
  });
});
