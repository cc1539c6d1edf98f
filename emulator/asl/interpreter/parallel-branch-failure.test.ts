/**
 * Tests of a failing Task's events: TaskStateAborted in a Parallel branch, and none outside one or in a
 * Map iteration.
 */
import type { Json } from "../../shared/json";
import type { StateMachineDefinition } from "../definition/types";
import type { Effect } from "./effects";
import { testStep } from "../../testing/execution-step-fixture";
import { applyStepResult, emptySnapshot } from "./execution-snapshot";
import type { StepResult } from "./step-result";

/** Starts the machine, then fails the one task it invoked, in the same snapshot. */
async function runWithFailedTask(definition: StateMachineDefinition, input: Json = {}): Promise<StepResult[]> {
  const snapshot = emptySnapshot();
  const first = await testStep(definition, input, snapshot).start();
  applyStepResult(snapshot, first);
  const invoked = first.effects.find((e): e is Extract<Effect, { type: "invoke-task" }> => e.type === "invoke-task");
  if (!invoked) throw new Error("no task was invoked");
  const { frameId, taskId } = invoked.invocation;
  const second = await testStep(definition, input, snapshot).signal({
    type: "task-failed",
    frameId,
    taskId,
    error: "Boom",
    cause: "it broke",
  });
  return [first, second];
}

const task = { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: "f" }, End: true };

describe("a Task that fails", () => {
  it("is closed with TaskStateAborted in a Parallel branch, and the Parallel fails from the task's failure", async () => {
    const results = await runWithFailedTask({
      StartAt: "P",
      States: { P: { Type: "Parallel", Branches: [{ StartAt: "T", States: { T: task } }], End: true } },
    } as StateMachineDefinition);
    const events = results.flatMap((r) => r.events);
    const types = events.map((e) => e.type);
    expect(types.slice(-4)).toEqual(["TaskFailed", "TaskStateAborted", "ParallelStateFailed", "ExecutionFailed"]);
    const failedId = events.find((e) => e.type === "TaskFailed")?.id;
    expect(events.find((e) => e.type === "TaskStateAborted")?.previousEventId).toBe(failedId);
    expect(events.find((e) => e.type === "ParallelStateFailed")?.previousEventId).toBe(failedId);
  });

  it("is not aborted outside a Parallel branch", async () => {
    const results = await runWithFailedTask({ StartAt: "T", States: { T: task } } as StateMachineDefinition);
    expect(results.flatMap((r) => r.events).map((e) => e.type)).not.toContain("TaskStateAborted");
  });

  it("is not aborted in a Map iteration", async () => {
    const results = await runWithFailedTask({
      StartAt: "M",
      States: { M: { Type: "Map", ItemProcessor: { StartAt: "T", States: { T: task } }, End: true } },
    } as StateMachineDefinition, [1]);
    const types = results.flatMap((r) => r.events).map((e) => e.type);
    expect(types).toContain("MapIterationFailed");
    expect(types).not.toContain("TaskStateAborted");
  });
});
