/** A step whose interpreter throws ends the execution FAILED with States.Runtime from its last good step. */
import { compileProgram } from "../asl/definition/program";
import type { StateMachineDefinition } from "../asl/definition/types";
import { emptySnapshot } from "../asl/interpreter/execution-snapshot";
import { openSqliteStore } from "../store/sqlite/sqlite-store";
import type { ExecutionRecord } from "../store/records";
import { NO_STEP_WATCH } from "../store/sqlite/step-watchdog";
import { TEST_PORTS } from "../testing/execution-step-fixture";
import { GroupCommit } from "./group-commit";
import { liveExecution } from "./live-execution";
import { createLogger } from "./logger";
import { ProgressTracker } from "./progress-tracker";
import { StepRunner } from "./step-runner";

const DEFINITION = { StartAt: "Pause", States: { Pause: { Type: "Wait", Seconds: 10, End: true } } };

describe("a step whose interpreter throws", () => {
  it("ends the execution FAILED with States.Runtime from its last committed step, naming the error", async () => {
    const store = openSqliteStore(undefined);
    const record: ExecutionRecord = {
      executionArn: "arn:aws:states:us-east-1:123456789012:execution:m:e",
      stateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:m",
      name: "e",
      status: "RUNNING",
      startDate: 0,
      input: "{}",
      definition: JSON.stringify(DEFINITION),
      roleArn: "arn:aws:iam::123456789012:role/r",
      type: "STANDARD",
      redriveCount: 0,
      runtime: { nextEventId: 1, nextSeq: 0 },
    };
    store.createExecution({ execution: record, events: [], upsertFrames: [], deleteFrames: [] });
    const ended: string[] = [];
    const runner = new StepRunner({
      store,
      commits: new GroupCommit(store),
      ports: { ...TEST_PORTS, waitTimeScale: 1 },
      logger: createLogger("silent"),
      compat: "aws",
      now: () => 0,
      watch: NO_STEP_WATCH,
      progress: new ProgressTracker(),
      historyListeners: [],
      onEnded: (live) => ended.push(live.record.status),
    });
    const program = compileProgram(DEFINITION as unknown as StateMachineDefinition);
    const live = liveExecution(record, program, {}, emptySnapshot(), true);
    runner.schedule(live, (step) => step.start());
    runner.schedule(live, async () => {
      throw new Error("a bug in a state handler");
    });
    await live.chain;

    expect(ended).toEqual(["FAILED"]);
    expect(store.getExecution(record.executionArn)).toMatchObject({ status: "FAILED", error: "States.Runtime" });
    const events = store.getHistory(record.executionArn, { limit: 100, reverse: false }).events;
    expect(events.map((event) => event.type)).toEqual(["ExecutionStarted", "WaitStateEntered", "ExecutionFailed"]);
    expect(events[2]).toMatchObject({
      previousEventId: 2,
      details: { value: { error: "States.Runtime", cause: "The interpreter failed: a bug in a state handler" } },
    });
    store.close();
  });
});
