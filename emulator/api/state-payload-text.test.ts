/** Tests of the text of state inputs and outputs: the client's text echoed at the execution level, compact in the states. */
import {
  CreateActivityCommand,
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  SFNClient,
  StartExecutionCommand,
  StartSyncExecutionCommand,
  StopExecutionCommand,
  type HistoryEvent,
} from "@aws-sdk/client-sfn";
import { createMachine, finalHistory, useTestEmulator, waitForEvent } from "../testing/test-emulator";

// How AWS writes the execution input into state events: ExecutionStarted (and DescribeExecution's input)
// echo the client's text; states write it compact, each token as the client wrote it (recorded Jul 2024
// and Nov 2025: `["Hello", "World"]` enters as `["Hello","World"]`, `0.0` stays `0.0`).

let sfn: SFNClient;
useTestEmulator({}, (started) => ({ sfn } = started));

const ROLE = "arn:aws:iam::123456789012:role/test";
const PASS_THROUGH = { StartAt: "P", States: { P: { Type: "Pass", End: true } } };

async function run(definition: object, input: string): Promise<{ events: HistoryEvent[]; executionArn: string }> {
  const stateMachineArn = await createMachine(sfn, definition);
  const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn, input }));
  return { events: await finalHistory(sfn, executionArn ?? ""), executionArn: executionArn ?? "" };
}

function eventOf(events: HistoryEvent[], type: string): HistoryEvent {
  const found = events.find((event) => event.type === type);
  if (!found) throw new Error(`no ${type}`);
  return found;
}

describe("state input and output text", () => {
  it("echoes the client's text in ExecutionStarted and DescribeExecution, and writes it compact in the states", async () => {
    const input = '[\n  "Hello",\t"World" ]';
    const { events, executionArn } = await run(PASS_THROUGH, input);
    expect(eventOf(events, "ExecutionStarted").executionStartedEventDetails?.input).toBe(input);
    expect(eventOf(events, "PassStateEntered").stateEnteredEventDetails?.input).toBe('["Hello","World"]');
    expect(eventOf(events, "PassStateExited").stateExitedEventDetails?.output).toBe('["Hello","World"]');
    expect(eventOf(events, "ExecutionSucceeded").executionSucceededEventDetails?.output).toBe('["Hello","World"]');
    const described = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    expect(described.input).toBe(input);
    expect(described.output).toBe('["Hello","World"]');
  });

  it("keeps number and escape tokens as the client wrote them while the value passes untouched", async () => {
    const input = '{"n": 0.0, "e": 1e2, "s": "\\u0041 b"}';
    const { events, executionArn } = await run(PASS_THROUGH, input);
    const text = '{"n":0.0,"e":1e2,"s":"\\u0041 b"}';
    expect(eventOf(events, "PassStateEntered").stateEnteredEventDetails?.input).toBe(text);
    expect(eventOf(events, "ExecutionSucceeded").executionSucceededEventDetails?.output).toBe(text);
    expect((await sfn.send(new DescribeExecutionCommand({ executionArn }))).output).toBe(text);
  });

  it("serialises the value once a state changes it", async () => {
    const definition = { StartAt: "P", States: { P: { Type: "Pass", Parameters: { "n.$": "$.n" }, End: true } } };
    const { events } = await run(definition, '{"n": 0.0}');
    expect(eventOf(events, "PassStateEntered").stateEnteredEventDetails?.input).toBe('{"n":0.0}');
    expect(eventOf(events, "PassStateExited").stateExitedEventDetails?.output).toBe('{"n":0}');
  });

  it("writes a Parallel's untouched branch inputs and their gathered outputs compact", async () => {
    const definition = {
      StartAt: "Par",
      States: { Par: { Type: "Parallel", End: true, Branches: [{ StartAt: "B", States: { B: { Type: "Pass", End: true } } }] } },
    };
    const { events } = await run(definition, "[[1, 2], [3.0]]");
    const entered = events.filter((event) => event.type === "PassStateEntered");
    expect(entered[0]?.stateEnteredEventDetails?.input).toBe("[[1,2],[3.0]]");
    expect(eventOf(events, "ExecutionSucceeded").executionSucceededEventDetails?.output).toBe("[[[1,2],[3.0]]]");
  });

  it("writes a task's untouched input compact in its Scheduled event", async () => {
    const { activityArn } = await sfn.send(new CreateActivityCommand({ name: "payload-text" }));
    const definition = { StartAt: "T", States: { T: { Type: "Task", Resource: activityArn, End: true } } };
    const stateMachineArn = await createMachine(sfn, definition);
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn, input: " 0.0 " }));
    const scheduled = await waitForEvent(sfn, executionArn ?? "", "ActivityScheduled");
    expect(scheduled.activityScheduledEventDetails?.input).toBe("0.0");
    await sfn.send(new StopExecutionCommand({ executionArn }));
  });

  it("answers StartSyncExecution with the client's input and the compact text of an untouched output", async () => {
    const { stateMachineArn } = await sfn.send(
      new CreateStateMachineCommand({ name: "express-text", type: "EXPRESS", definition: JSON.stringify(PASS_THROUGH), roleArn: ROLE }),
    );
    const answer = await sfn.send(new StartSyncExecutionCommand({ stateMachineArn, input: '{ "a" : [1, 2.50] }' }));
    expect(answer.input).toBe('{ "a" : [1, 2.50] }');
    expect(answer.output).toBe('{"a":[1,2.50]}');
  });
});
