/** Tests of the aborted events AWS writes for states still running when their Parallel or Map fails. */
import { CreateActivityCommand, type HistoryEvent, type SFNClient } from "@aws-sdk/client-sfn";
import { createMachine, finalHistory, startExecution, useTestEmulator } from "../../testing/test-emulator";

describe("states still running when their Map or Parallel fails are aborted", () => {
  let sfn: SFNClient;
  let activityArn: string;
  useTestEmulator({}, (started) => ({ sfn } = started));

  beforeAll(async () => {
    activityArn = (await sfn.send(new CreateActivityCommand({ name: "never-answered" }))).activityArn as string;
  });

  const waiting = () => ({ Type: "Task", Resource: activityArn, End: true });
  const summary = (events: HistoryEvent[]) => events.map((event) => `${event.id}<${event.previousEventId} ${event.type}`);

  it("closes the other branches' running states when a Parallel branch fails", async () => {
    const arn = await createMachine(sfn, {
      StartAt: "P",
      States: {
        P: {
          Type: "Parallel",
          End: true,
          Branches: [
            { StartAt: "Work", States: { Work: waiting() } },
            { StartAt: "Break", States: { Break: { Type: "Fail", Error: "Broken", Cause: "on purpose" } } },
          ],
        },
      },
    });
    const events = await finalHistory(sfn, await startExecution(sfn, arn));
    expect(summary(events)).toEqual([
      "1<0 ExecutionStarted",
      "2<0 ParallelStateEntered",
      "3<2 ParallelStateStarted",
      "4<3 TaskStateEntered",
      "5<4 ActivityScheduled",
      "6<3 FailStateEntered",
      "7<5 TaskStateAborted",
      "8<6 ParallelStateFailed",
      "9<8 ExecutionFailed",
    ]);
    const types = events.map((event) => event.type);
    const aborted = events.find((event) => event.type === "TaskStateAborted");
    expect(aborted?.previousEventId).toBe(events.find((event) => event.type === "ActivityScheduled")?.id);
    expect(types.indexOf("TaskStateAborted")).toBeLessThan(types.indexOf("ParallelStateFailed"));
    expect(types.at(-1)).toBe("ExecutionFailed");
  });

  it("writes MapIterationAborted for the iterations still running when an iteration fails", async () => {
    const arn = await createMachine(sfn, {
      StartAt: "M",
      States: {
        M: {
          Type: "Map",
          End: true,
          ItemProcessor: {
            StartAt: "Pick",
            States: {
              Pick: { Type: "Choice", Choices: [{ Variable: "$", NumericEquals: 0, Next: "Break" }], Default: "Work" },
              Break: { Type: "Fail", Error: "Broken" },
              Work: waiting(),
            },
          },
        },
      },
    });
    const events = await finalHistory(sfn, await startExecution(sfn, arn, [0, 1, 2]));
    const types = events.map((event) => event.type);
    expect(types.filter((type) => type === "TaskStateAborted")).toHaveLength(2);
    const iterationsAborted = events.filter((event) => event.type === "MapIterationAborted");
    expect(iterationsAborted.map((event) => event.mapIterationAbortedEventDetails)).toEqual([
      { index: 1, name: "M" },
      { index: 2, name: "M" },
    ]);
    expect(types.slice(-3)).toEqual(["MapIterationAborted", "MapStateFailed", "ExecutionFailed"]);
    expect(types.indexOf("MapIterationFailed")).toBeLessThan(types.indexOf("TaskStateAborted"));
  });
});
