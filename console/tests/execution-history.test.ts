/**
 * How the console reads a history (states' statuses, steps, iterations), checked on histories the
 * emulator really produced for retried, caught, failed and running states.
 */
import type { SFNClient } from "@aws-sdk/client-sfn";
import * as path from "node:path";
import type { Emulator } from "../../emulator/index";
import { createMachine, finalHistory, startExecution, startTestEmulator, waitForEvent } from "../../emulator/testing/test-emulator";
import { readHistory, type WireEvent } from "../src/execution/execution-history";
import { definitionGraph } from "../src/graph/definition-graph";
import type { JsonObject } from "../src/json";

let emulator: Emulator;
let sfn: SFNClient;

beforeAll(async () => {
  ({ emulator, sfn } = await startTestEmulator({ clock: "auto", handlersPath: path.join(__dirname, "handlers", "handlers.json") }));
});
afterAll(async () => {
  sfn.destroy();
  await emulator.close();
});

/** The history as the console receives it: the JSON 1.0 wire form. */
async function wireHistory(executionArn: string): Promise<WireEvent[]> {
  const answer = await fetch(emulator.url, {
    method: "POST",
    headers: { "Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": "AWSStepFunctions.GetExecutionHistory" },
    body: JSON.stringify({ executionArn, maxResults: 1000 }),
  });
  return ((await answer.json()) as { events: WireEvent[] }).events;
}

async function run(definition: JsonObject, input: object, running = false) {
  const executionArn = await startExecution(sfn, await createMachine(sfn, definition), input);
  if (running) await waitForEvent(sfn, executionArn, "TaskStarted");
  else await finalHistory(sfn, executionArn);
  return readHistory(await wireHistory(executionArn), definitionGraph(definition), running);
}

const lambda = (name: string) => ({ Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: name } });

describe("reading an execution's history", () => {
  it("marks a state that succeeded after a retry as retried, a caught one as caught, and what never ran as not reached", async () => {
    const history = await run(
      {
        StartAt: "Flaky",
        States: {
          Flaky: { ...lambda("flaky"), Retry: [{ ErrorEquals: ["States.ALL"], IntervalSeconds: 1, MaxAttempts: 2 }], Next: "Charge" },
          Charge: { ...lambda("charge"), Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "Recover" }], Next: "Never" },
          Never: { Type: "Pass", End: true },
          Recover: { Type: "Pass", Assign: { recovered: true }, End: true },
        },
      },
      {},
    );
    expect(history.states.get("Flaky")).toMatchObject({ status: "retried", retries: 1, failures: [{ type: "TaskFailed" }] });
    expect(history.states.get("Charge")?.status).toBe("caught");
    expect(history.states.get("Charge")?.failures[0]?.cause).toContain("declined");
    expect(history.states.get("Recover")).toMatchObject({ status: "succeeded", assignedVariables: { recovered: "true" } });
    expect(history.states.get("Never")).toBeUndefined();
    expect([...history.transitions]).toEqual(["->Flaky", "Flaky->Charge", "Charge->Recover"]);
    expect(history.events.find((entry) => entry.event.type === "TaskScheduled")?.resource).toBe("lambda:invoke");
  });

  it("marks an uncaught failure as failed, and a task still waiting as running", async () => {
    const failed = await run({ StartAt: "Charge", States: { Charge: { ...lambda("charge"), End: true } } }, {});
    expect(failed.states.get("Charge")?.status).toBe("failed");
    const waiting = await run(
      {
        StartAt: "Ask",
        States: { Ask: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke.waitForTaskToken", Parameters: { FunctionName: "notify", Payload: { "t.$": "$$.Task.Token" } }, End: true } },
      },
      {},
      true,
    );
    expect(waiting.states.get("Ask")?.status).toBe("running");
  });

  it("gives a Parallel's and a Map's own events to the Parallel or Map, and each iteration's events to it", async () => {
    const history = await run(
      {
        StartAt: "Each",
        States: {
          Each: { Type: "Map", ItemProcessor: { StartAt: "Item", States: { Item: { Type: "Pass", End: true } } }, Next: "Both" },
          Both: {
            Type: "Parallel",
            Branches: [
              { StartAt: "Fine", States: { Fine: { Type: "Pass", End: true } } },
              { StartAt: "Broken", States: { Broken: { Type: "Fail", Error: "Broken", Cause: "on purpose" } } },
            ],
            Catch: [{ ErrorEquals: ["States.ALL"], Next: "After" }],
            End: true,
          },
          After: { Type: "Pass", End: true },
        },
      },
      [10, 20, 30],
    );
    const stepOf = (type: string) => history.events.filter((entry) => entry.event.type === type).map((entry) => entry.step);
    expect(stepOf("MapStateStarted")).toEqual(["Each"]);
    expect(stepOf("MapStateSucceeded")).toEqual(["Each"]);
    expect(stepOf("ParallelStateFailed")).toEqual(["Both"]);
    expect(history.states.get("Both")?.status).toBe("caught");
    expect(history.states.get("Broken")?.status).toBe("failed");
    expect(history.iterations.get("Each")?.map((iteration) => iteration.status)).toEqual(["succeeded", "succeeded", "succeeded"]);
    const second = history.events.filter((entry) => entry.iterations.some((ref) => ref.map === "Each" && ref.index === 1));
    expect(second.filter((entry) => entry.event.type === "PassStateEntered").map((entry) => entry.details?.input)).toEqual(["20"]);
  });
});

