/**
 * Tests of workflow variable scope across Map iterations and Parallel branches, and of when Assign reads
 * its values.
 */
import type { Json, JsonObject } from "../../shared/json";
import type { StateMachineDefinition } from "../definition/types";
import type { HistoryEvent } from "../history/history-event";
import { testStep } from "../../testing/execution-step-fixture";
import type { StepResult } from "./step-result";

async function run(definition: StateMachineDefinition, input: Json = {}): Promise<StepResult> {
  return testStep(definition, input).start();
}

function exited(events: HistoryEvent[], name: string): JsonObject[] {
  return events
    .filter((event) => event.details?.key === "stateExitedEventDetails" && event.details.value.name === name)
    .map((event) => event.details?.value as JsonObject);
}

const pass = (fields: JsonObject): JsonObject => ({ Type: "Pass", End: true, ...fields });

describe("variable scope", () => {
  it("lets Map iterations read outer variables copied in at the start", async () => {
    const result = await run({
      StartAt: "Set",
      States: {
        Set: { Type: "Pass", Assign: { x: 42, items: [1, 2] }, Next: "Map" },
        Map: {
          Type: "Map",
          ItemsPath: "$items",
          ItemProcessor: { StartAt: "Inner", States: { Inner: pass({ Parameters: { "seen.$": "$x", "item.$": "$" } }) } },
          End: true,
        },
      },
    } as unknown as StateMachineDefinition);
    expect(result.outcome).toEqual({ status: "SUCCEEDED", output: [{ seen: 42, item: 1 }, { seen: 42, item: 2 }] });
  });

  it("keeps an iteration's own Assign inside the iteration", async () => {
    const result = await run({
      QueryLanguage: "JSONata",
      StartAt: "Set",
      States: {
        Set: { Type: "Pass", Assign: { x: 1 }, Next: "Map" },
        Map: {
          Type: "Map",
          Items: [10, 20],
          MaxConcurrency: 1,
          ItemProcessor: {
            StartAt: "Local",
            States: {
              Local: { Type: "Pass", Assign: { inner: "{% $states.input %}" }, Next: "Read" },
              Read: pass({ Output: "{% [$x, $inner] %}" }),
            },
          },
          Next: "After",
        },
        After: pass({ Output: "{% [$x, $exists($inner)] %}" }),
      },
    } as unknown as StateMachineDefinition);
    const map = exited(result.events, "Read").map((details) => details.output);
    expect(map).toEqual(["[1,10]", "[1,20]"]);
    expect(result.outcome).toEqual({ status: "SUCCEEDED", output: [1, false] });
  });

  it("lets Parallel branches read outer variables while their assignments stay in the branch", async () => {
    const result = await run({
      QueryLanguage: "JSONata",
      StartAt: "Set",
      States: {
        Set: { Type: "Pass", Assign: { x: "outer" }, Next: "Parallel" },
        Parallel: {
          Type: "Parallel",
          Branches: [
            { StartAt: "A", States: { A: { Type: "Pass", Assign: { y: "a" }, Next: "B" }, B: pass({ Output: "{% $x & $y %}" }) } },
            { StartAt: "C", States: { C: pass({ Output: "{% $x %}" }) } },
          ],
          Next: "After",
        },
        After: pass({ Output: { branches: "{% $states.input %}", y: "{% $exists($y) %}" } }),
      },
    } as unknown as StateMachineDefinition);
    expect(result.outcome).toEqual({ status: "SUCCEEDED", output: { branches: ["outera", "outer"], y: false } });
  });

  it("evaluates every Assign expression against the values from before the state", async () => {
    const result = await run({
      StartAt: "First",
      States: {
        First: { Type: "Pass", Assign: { a: 1, b: 2 }, Next: "Swap" },
        Swap: pass({ Assign: { "a.$": "$b", "b.$": "$a" }, OutputPath: "$a" }),
      },
    } as unknown as StateMachineDefinition);
    const swap = exited(result.events, "Swap")[0] as JsonObject;
    expect(swap.assignedVariables).toEqual({ a: "2", b: "1" });
    expect(swap.output).toBe("1");
  });

  it("writes no assignedVariables for an empty Assign", async () => {
    const result = await run({ StartAt: "S", States: { S: pass({ Assign: {} }) } } as unknown as StateMachineDefinition);
    expect(exited(result.events, "S")[0]).not.toHaveProperty("assignedVariables");
  });
});
