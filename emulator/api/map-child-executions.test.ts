/**
 * A DISTRIBUTED Map's child executions: listed, described, with their own histories, aborted with the
 * parent, redriven, one per batch.
 */
import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  DescribeMapRunCommand,
  DescribeStateMachineForExecutionCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  RedriveExecutionCommand,
  SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
} from "@aws-sdk/client-sfn";
import { settledExecution, useTestEmulator, waitForEvent } from "../testing/test-emulator";

const ROLE = "arn:aws:iam::123456789012:role/any";

/** A DISTRIBUTED Map over `$.items` whose iterations fail on item "bad" and wait `seconds` otherwise. */
function definition(executionType: "STANDARD" | "EXPRESS", seconds: number): string {
  return JSON.stringify({
    StartAt: "Fan",
    States: {
      Fan: {
        Type: "Map",
        Label: "Each",
        ItemsPath: "$.items",
        ToleratedFailureCount: 5,
        ItemProcessor: {
          ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: executionType },
          StartAt: "Check",
          States: {
            Check: { Type: "Choice", Choices: [{ Variable: "$", StringEquals: "bad", Next: "Boom" }], Default: "Pause" },
            Boom: { Type: "Fail", Error: "Bad.Item", Cause: "bad item" },
            Pause: { Type: "Wait", Seconds: seconds, Next: "Done" },
            Done: { Type: "Pass", End: true },
          },
        },
        End: true,
      },
    },
  });
}

let sfn: SFNClient;
useTestEmulator({ waitTimeScale: 1 }, (started) => ({ sfn } = started));

async function startMap(name: string, executionType: "STANDARD" | "EXPRESS", seconds: number, items: string[]): Promise<{ executionArn: string; mapRunArn: string }> {
  const { stateMachineArn } = await sfn.send(new CreateStateMachineCommand({ name, definition: definition(executionType, seconds), roleArn: ROLE }));
  const { executionArn = "" } = await sfn.send(new StartExecutionCommand({ stateMachineArn, input: JSON.stringify({ items }) }));
  const started = await waitForEvent(sfn, executionArn, "MapRunStarted");
  return { executionArn, mapRunArn: started.mapRunStartedEventDetails?.mapRunArn ?? "" };
}

describe("a DISTRIBUTED Map's child executions", () => {
  it("are listed by mapRunArn with status and redrive filters, named execution:<machine>/<label>:<uuid>", async () => {
    const { executionArn, mapRunArn } = await startMap("children", "STANDARD", 0, ["a", "bad", "c"]);
    await settledExecution(sfn, executionArn);
    const all = await sfn.send(new ListExecutionsCommand({ mapRunArn }));
    expect(all.executions).toHaveLength(3);
    for (const child of all.executions ?? []) {
      expect(child.executionArn).toMatch(/^arn:aws:states:us-east-1:123456789012:execution:children\/Each:[0-9a-f-]{36}$/);
      expect(child.stateMachineArn).toBe("arn:aws:states:us-east-1:123456789012:stateMachine:children/Each");
      expect(child.mapRunArn).toBe(mapRunArn);
    }
    const failed = await sfn.send(new ListExecutionsCommand({ mapRunArn, statusFilter: "FAILED" }));
    expect(failed.executions?.map((child) => child.status)).toEqual(["FAILED"]);
    const succeeded = await sfn.send(new ListExecutionsCommand({ mapRunArn, statusFilter: "SUCCEEDED" }));
    expect(succeeded.executions).toHaveLength(2);
    expect((await sfn.send(new ListExecutionsCommand({ mapRunArn, redriveFilter: "REDRIVEN" }))).executions).toEqual([]);
    expect((await sfn.send(new ListExecutionsCommand({ mapRunArn, redriveFilter: "NOT_REDRIVEN" }))).executions).toHaveLength(3);
    const page = await sfn.send(new ListExecutionsCommand({ mapRunArn, maxResults: 2 }));
    const rest = await sfn.send(new ListExecutionsCommand({ mapRunArn, maxResults: 2, nextToken: page.nextToken }));
    expect(new Set([...(page.executions ?? []), ...(rest.executions ?? [])].map((child) => child.executionArn)).size).toBe(3);

    const run = await sfn.send(new DescribeMapRunCommand({ mapRunArn }));
    expect(run.executionCounts).toMatchObject({ total: 3, succeeded: 2, failed: 1, running: 0 });
  });

  it("are described with their mapRunArn, input, output or error, and their state machine is the Map's processor", async () => {
    const { executionArn, mapRunArn } = await startMap("described", "EXPRESS", 0, ["ok", "bad"]);
    await settledExecution(sfn, executionArn);
    const { executions = [] } = await sfn.send(new ListExecutionsCommand({ mapRunArn, statusFilter: "SUCCEEDED" }));
    const child = await sfn.send(new DescribeExecutionCommand({ executionArn: executions[0]?.executionArn }));
    expect(child).toMatchObject({ status: "SUCCEEDED", mapRunArn, input: '"ok"', output: '"ok"' });
    const failedList = await sfn.send(new ListExecutionsCommand({ mapRunArn, statusFilter: "FAILED" }));
    const failed = await sfn.send(new DescribeExecutionCommand({ executionArn: failedList.executions?.[0]?.executionArn }));
    expect(failed).toMatchObject({ status: "FAILED", error: "Bad.Item", cause: "bad item", mapRunArn });
    const machine = await sfn.send(new DescribeStateMachineForExecutionCommand({ executionArn: executions[0]?.executionArn }));
    expect(machine).toMatchObject({ mapRunArn, label: "Each", stateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:described/Each" });
    expect(JSON.parse(machine.definition ?? "{}")).toMatchObject({ StartAt: "Check" });
    await expect(sfn.send(new GetExecutionHistoryCommand({ executionArn: executions[0]?.executionArn }))).rejects.toMatchObject({
      name: "StateMachineTypeNotSupported",
    });
  });

  it("of type STANDARD have a history of their own, from ExecutionStarted through their states to their end", async () => {
    const { executionArn, mapRunArn } = await startMap("history", "STANDARD", 0, ["x"]);
    await settledExecution(sfn, executionArn);
    const { executions = [] } = await sfn.send(new ListExecutionsCommand({ mapRunArn }));
    const { events = [] } = await sfn.send(new GetExecutionHistoryCommand({ executionArn: executions[0]?.executionArn }));
    expect(events.map((event) => event.type)).toEqual([
      "ExecutionStarted",
      "ChoiceStateEntered",
      "ChoiceStateExited",
      "WaitStateEntered",
      "WaitStateExited",
      "PassStateEntered",
      "PassStateExited",
      "ExecutionSucceeded",
    ]);
    expect(events.map((event) => [event.id, event.previousEventId])).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((previous) => [previous + 1, previous]));
    expect(events[0]?.executionStartedEventDetails).toMatchObject({ input: '"x"', roleArn: ROLE });
    expect(events[1]?.stateEnteredEventDetails).toMatchObject({ name: "Check", input: '"x"' });
    expect(events[7]?.executionSucceededEventDetails?.output).toBe('"x"');
  });

  it("of type STANDARD page their history forward and in reverse, with or without execution data", async () => {
    const { executionArn, mapRunArn } = await startMap("paged", "STANDARD", 0, ["x"]);
    await settledExecution(sfn, executionArn);
    const { executions = [] } = await sfn.send(new ListExecutionsCommand({ mapRunArn }));
    const childArn = executions[0]?.executionArn;
    const whole = await sfn.send(new GetExecutionHistoryCommand({ executionArn: childArn }));
    expect(whole.nextToken).toBeUndefined();
    for (const reverseOrder of [false, true]) {
      const ids: Array<number | undefined> = [];
      let nextToken: string | undefined;
      let pages = 0;
      do {
        const page = await sfn.send(new GetExecutionHistoryCommand({ executionArn: childArn, maxResults: 3, reverseOrder, nextToken }));
        ids.push(...(page.events ?? []).map((event) => event.id));
        nextToken = page.nextToken;
        pages += 1;
      } while (nextToken !== undefined);
      const expected = (whole.events ?? []).map((event) => event.id);
      expect(ids).toEqual(reverseOrder ? expected.reverse() : expected);
      expect(pages).toBe(3);
    }
    const { events = [] } = await sfn.send(new GetExecutionHistoryCommand({ executionArn: childArn, includeExecutionData: false }));
    expect(events[0]?.executionStartedEventDetails).toEqual({ roleArn: ROLE, inputDetails: { truncated: false } });
    expect(events[1]?.stateEnteredEventDetails).toEqual({ name: "Check", inputDetails: { truncated: false } });
  });

  it("are aborted when the parent is stopped while they run", async () => {
    const { executionArn, mapRunArn } = await startMap("stopped", "STANDARD", 60, ["a", "b"]);
    const running = await sfn.send(new ListExecutionsCommand({ mapRunArn, statusFilter: "RUNNING" }));
    expect(running.executions).toHaveLength(2);
    await sfn.send(new StopExecutionCommand({ executionArn }));
    await settledExecution(sfn, executionArn);
    const { executions = [] } = await sfn.send(new ListExecutionsCommand({ mapRunArn }));
    expect(executions.map((child) => child.status)).toEqual(["ABORTED", "ABORTED"]);
    const child = await sfn.send(new DescribeExecutionCommand({ executionArn: executions[0]?.executionArn }));
    expect(child.stopDate).toBeDefined();
  });

  it("when redriven, runs again only the failed children, under their ARNs, as REDRIVEN with a redriveCount", async () => {
    // Odd items fail on the first run only; three failures are past the tolerated two.
    const processor = {
      ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" },
      StartAt: "Check",
      States: {
        Check: {
          Type: "Choice",
          Choices: [{ And: [{ Variable: "$.odd", NumericEquals: 1 }, { Variable: "$$.Execution.RedriveCount", NumericEquals: 0 }], Next: "Boom" }],
          Default: "Done",
        },
        Boom: { Type: "Fail", Error: "Odd" },
        Done: { Type: "Pass", End: true },
      },
    };
    const map = { Type: "Map", ItemSelector: { "odd.$": "$$.Map.Item.Value" }, ItemProcessor: processor, ToleratedFailureCount: 2, End: true };
    const machine = { StartAt: "M", States: { M: map } };
    const { stateMachineArn } = await sfn.send(new CreateStateMachineCommand({ name: "redriven", definition: JSON.stringify(machine), roleArn: ROLE }));
    const items = [0, 1, 0, 1, 0, 1];
    const { executionArn = "" } = await sfn.send(new StartExecutionCommand({ stateMachineArn, input: JSON.stringify(items) }));
    expect((await settledExecution(sfn, executionArn)).status).toBe("FAILED");
    const mapRunArn = (await waitForEvent(sfn, executionArn, "MapRunStarted")).mapRunStartedEventDetails?.mapRunArn ?? "";
    const failedBefore = (await sfn.send(new ListExecutionsCommand({ mapRunArn, statusFilter: "FAILED" }))).executions ?? [];
    expect(failedBefore).toHaveLength(3);

    await sfn.send(new RedriveExecutionCommand({ executionArn }));
    expect((await settledExecution(sfn, executionArn)).status).toBe("SUCCEEDED");
    const redriven = (await sfn.send(new ListExecutionsCommand({ mapRunArn, redriveFilter: "REDRIVEN" }))).executions ?? [];
    expect(redriven.map((child) => child.executionArn).sort()).toEqual(failedBefore.map((child) => child.executionArn).sort());
    expect(redriven.every((child) => child.status === "SUCCEEDED" && child.redriveCount === 1)).toBe(true);
    expect((await sfn.send(new ListExecutionsCommand({ mapRunArn, redriveFilter: "NOT_REDRIVEN" }))).executions).toHaveLength(3);
    const child = await sfn.send(new DescribeExecutionCommand({ executionArn: redriven[0]?.executionArn }));
    expect(child).toMatchObject({ status: "SUCCEEDED", redriveCount: 1 });
    expect(child.redriveDate).toBeInstanceOf(Date);
  });

  it("are one per batch with an ItemBatcher, each with its batch as input", async () => {
    const machine = {
      StartAt: "Batches",
      States: {
        Batches: {
          Type: "Map",
          ItemBatcher: { MaxItemsPerBatch: 2 },
          ItemProcessor: {
            ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "EXPRESS" },
            StartAt: "Echo",
            States: { Echo: { Type: "Pass", End: true } },
          },
          End: true,
        },
      },
    };
    const { stateMachineArn } = await sfn.send(new CreateStateMachineCommand({ name: "batched", definition: JSON.stringify(machine), roleArn: ROLE }));
    const { executionArn = "" } = await sfn.send(new StartExecutionCommand({ stateMachineArn, input: "[1,2,3,4,5]" }));
    expect((await settledExecution(sfn, executionArn)).status).toBe("SUCCEEDED");
    const mapRunArn = (await waitForEvent(sfn, executionArn, "MapRunStarted")).mapRunStartedEventDetails?.mapRunArn ?? "";
    const { executions = [] } = await sfn.send(new ListExecutionsCommand({ mapRunArn }));
    const inputs = await Promise.all(executions.map(async (child) => (await sfn.send(new DescribeExecutionCommand({ executionArn: child.executionArn }))).input));
    expect(inputs.map((input) => JSON.parse(input ?? "null")).sort((a, b) => a.Items[0] - b.Items[0])).toEqual([
      { Items: [1, 2] },
      { Items: [3, 4] },
      { Items: [5] },
    ]);
  });

  it("answers ResourceNotFound for a map run that does not exist", async () => {
    const mapRunArn = "arn:aws:states:us-east-1:123456789012:mapRun:none/Each:00000000-0000-4000-8000-000000000000";
    await expect(sfn.send(new ListExecutionsCommand({ mapRunArn }))).rejects.toMatchObject({ name: "ResourceNotFound" });
  });
});
