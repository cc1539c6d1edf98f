/**
 * Redriving a Map or Parallel re-runs only the iterations or branches that did not succeed, including
 * a DISTRIBUTED Map's and stopped ones.
 */
import {
  CreateActivityCommand,
  DescribeMapRunCommand,
  GetExecutionHistoryCommand,
  RedriveExecutionCommand,
  StopExecutionCommand,
  type SFNClient,
} from "@aws-sdk/client-sfn";
import { createMachine, settledExecution, startExecution, useTestEmulator, waitForEvent } from "../testing/test-emulator";

/** Steps that fail on the first run when `failing` holds, and otherwise record which run they ran in; `tag` keeps state names apart. */
const flaky = (failing: object, tag = "") => ({
  StartAt: `Check${tag}`,
  States: {
    [`Check${tag}`]: {
      Type: "Choice",
      Choices: [{ And: [failing, { Variable: "$$.Execution.RedriveCount", NumericEquals: 0 }], Next: `Break${tag}` }],
      Default: `Record${tag}`,
    },
    [`Break${tag}`]: { Type: "Fail", Error: "Flaky" },
    [`Record${tag}`]: { Type: "Pass", Parameters: { "value.$": "$", "run.$": "$$.Execution.RedriveCount" }, End: true },
  },
});

describe("RedriveExecution of an inline Map or a Parallel re-runs only what did not succeed", () => {
  let sfn: SFNClient;
  useTestEmulator({}, (started) => ({ sfn } = started));

  async function failThenRedrive(definition: object, input: unknown) {
    const executionArn = await startExecution(sfn, await createMachine(sfn, definition), input);
    expect((await settledExecution(sfn, executionArn)).status).toBe("FAILED");
    await sfn.send(new RedriveExecutionCommand({ executionArn }));
    const described = await settledExecution(sfn, executionArn);
    const history = await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000 }));
    const events = history.events ?? [];
    const redrivenAt = events.findIndex((event) => event.type === "ExecutionRedriven");
    return { described, afterRedrive: events.slice(redrivenAt) };
  }

  it("keeps the results of the Map iterations that succeeded and runs the failed one and those never started", async () => {
    const { described, afterRedrive } = await failThenRedrive(
      { StartAt: "M", States: { M: { Type: "Map", MaxConcurrency: 1, ItemProcessor: flaky({ Variable: "$", NumericEquals: 1 }), End: true } } },
      [0, 1, 2],
    );
    expect(described.status).toBe("SUCCEEDED");
    expect(JSON.parse(described.output ?? "null")).toEqual([
      { value: 0, run: 0 },
      { value: 1, run: 1 },
      { value: 2, run: 1 },
    ]);
    const restarted = afterRedrive.filter((event) => event.type === "MapIterationStarted");
    expect(restarted.map((event) => event.mapIterationStartedEventDetails?.index)).toEqual([1, 2]);
    expect(afterRedrive.map((event) => event.type)).not.toContain("MapStateEntered");
    expect(afterRedrive.at(-3)?.type).toBe("MapStateSucceeded");
  });

  it("keeps the output of the Parallel branches that succeeded and runs the failed branch again", async () => {
    const { described, afterRedrive } = await failThenRedrive(
      {
        StartAt: "P",
        States: {
          P: {
            Type: "Parallel",
            End: true,
            Branches: [flaky({ Variable: "$.never", IsPresent: true }, "A"), flaky({ Variable: "$.fail", IsPresent: true }, "B")],
          },
        },
      },
      { fail: true },
    );
    expect(described.status).toBe("SUCCEEDED");
    expect(JSON.parse(described.output ?? "null")).toEqual([
      { value: { fail: true }, run: 0 },
      { value: { fail: true }, run: 1 },
    ]);
    const entered = afterRedrive.filter((event) => event.type === "ChoiceStateEntered");
    expect(entered).toHaveLength(1);
    expect(entered[0]?.previousEventId).toBe(afterRedrive[0]?.id);
  });

  it("redrives a DISTRIBUTED Map's failed run with only its 3 failed iterations", async () => {
    const oddFails = {
      ...flaky({ Or: [1, 3, 5].map((item) => ({ Variable: "$", NumericEquals: item })) }),
      ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" },
    };
    const { described, afterRedrive } = await failThenRedrive(
      { StartAt: "M", States: { M: { Type: "Map", MaxConcurrency: 1, ToleratedFailureCount: 2, ItemProcessor: oddFails, End: true } } },
      [0, 1, 2, 3, 4, 5],
    );
    expect(described.status).toBe("SUCCEEDED");
    expect(JSON.parse(described.output ?? "null").map((result: { run: number }) => result.run)).toEqual([0, 1, 0, 1, 0, 1]);
    const redriven = afterRedrive.find((event) => event.type === "MapRunRedriven");
    expect(redriven?.mapRunRedrivenEventDetails?.redriveCount).toBe(1);
    const run = await sfn.send(new DescribeMapRunCommand({ mapRunArn: redriven?.mapRunRedrivenEventDetails?.mapRunArn }));
    expect(run).toMatchObject({ status: "SUCCEEDED", redriveCount: 1, itemCounts: { succeeded: 6, failed: 0, total: 6 } });
    expect(run.redriveDate).toBeInstanceOf(Date);
  });

  it("runs again the Map iterations a StopExecution aborted, keeping those that had succeeded", async () => {
    const activityArn = (await sfn.send(new CreateActivityCommand({ name: "redrive-never-answered" }))).activityArn as string;
    const processor = {
      StartAt: "Check",
      States: {
        Check: {
          Type: "Choice",
          Choices: [{ And: [{ Variable: "$", NumericEquals: 1 }, { Variable: "$$.Execution.RedriveCount", NumericEquals: 0 }], Next: "Hang" }],
          Default: "Record",
        },
        Hang: { Type: "Task", Resource: activityArn, End: true },
        Record: { Type: "Pass", Parameters: { "value.$": "$", "run.$": "$$.Execution.RedriveCount" }, End: true },
      },
    };
    const executionArn = await startExecution(sfn, await createMachine(sfn, { StartAt: "M", States: { M: { Type: "Map", ItemProcessor: processor, End: true } } }), [0, 1]);
    await waitForEvent(sfn, executionArn, "ActivityScheduled");
    await sfn.send(new StopExecutionCommand({ executionArn }));
    expect((await settledExecution(sfn, executionArn)).status).toBe("ABORTED");
    await sfn.send(new RedriveExecutionCommand({ executionArn }));
    const described = await settledExecution(sfn, executionArn);
    expect(described.status).toBe("SUCCEEDED");
    expect(JSON.parse(described.output ?? "null")).toEqual([
      { value: 0, run: 0 },
      { value: 1, run: 1 },
    ]);
  });
});
