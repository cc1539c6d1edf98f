/**
 * Workflow coverage inside a DISTRIBUTED Map: the states, transitions, Choice rules, Retriers and
 * Catchers its child executions exercised count towards the parent's state machine, whether the
 * children are STANDARD (with histories of their own) or EXPRESS (with none).
 */
import { CreateStateMachineCommand } from "@aws-sdk/client-sfn";
import { assertCoverage, startEmulator, type RunningEmulator, type StateMachineCoverage } from "../index";

type ChildType = "STANDARD" | "EXPRESS";

/** A Map whose children choose by kind, retry a busy task once and catch its final failure, or wait a second. */
function fanOut(executionType: ChildType): string {
  return JSON.stringify({
    StartAt: "Fan",
    States: {
      Fan: {
        Type: "Map",
        ItemsPath: "$.items",
        ItemProcessor: {
          ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: executionType },
          StartAt: "Kind",
          States: {
            Kind: { Type: "Choice", Choices: [{ Variable: "$.kind", StringEquals: "flaky", Next: "Flaky" }], Default: "Plain" },
            Flaky: {
              Type: "Task",
              Resource: "arn:aws:lambda:us-east-1:123456789012:function:flaky",
              Retry: [{ ErrorEquals: ["Busy"], IntervalSeconds: 5, MaxAttempts: 1 }],
              Catch: [{ ErrorEquals: ["States.ALL"], Next: "Recovered" }],
              End: true,
            },
            Recovered: { Type: "Pass", End: true },
            // A Wait, so that some children's transitions are taken in later steps than their start.
            Plain: { Type: "Wait", Seconds: 1, Next: "Done" },
            Done: { Type: "Pass", End: true },
          },
        },
        End: true,
      },
    },
  });
}

/** Busy on an item's first call, broken on the next: one retry, then the catch. */
function flakyHandler(): (input: unknown) => never {
  const calls = new Map<string, number>();
  return (input) => {
    const tag = JSON.stringify(input);
    const seen = calls.get(tag) ?? 0;
    calls.set(tag, seen + 1);
    const error = new Error(seen === 0 ? "try later" : "gave up");
    error.name = seen === 0 ? "Busy" : "Broken";
    throw error;
  };
}

let emu: RunningEmulator;

beforeAll(async () => {
  // The auto clock lets the Retrier's backoff pass at once.
  emu = await startEmulator({ clock: "auto", logLevel: "silent", handlers: { flaky: flakyHandler() } });
});

afterAll(() => emu.stop());

beforeEach(() => emu.reset());

async function create(name: string, childType: ChildType): Promise<string> {
  const created = await emu.client.send(
    new CreateStateMachineCommand({ name, definition: fanOut(childType), roleArn: "arn:aws:iam::123456789012:role/r" }),
  );
  return created.stateMachineArn ?? "";
}

async function servedCoverage(stateMachineArn: string): Promise<StateMachineCoverage | undefined> {
  const answer = await fetch(`${emu.endpoint}/_emulator/coverage`);
  const report = (await answer.json()) as { stateMachines: StateMachineCoverage[] };
  return report.stateMachines.find((machine) => machine.stateMachineArn === stateMachineArn);
}

describe.each<ChildType>(["STANDARD", "EXPRESS"])("coverage of a DISTRIBUTED Map with %s children", (childType) => {
  it("counts the item processor's states, Choice rules, Retrier, Catcher and transitions under the parent", async () => {
    const arn = await create(`fan-${childType.toLowerCase()}`, childType);
    const result = await emu.run(arn, { items: [{ kind: "flaky", childType }, { kind: "plain", n: 2 }, { kind: "plain", n: 3 }] });
    expect(result.status).toBe("SUCCEEDED");

    const coverage = await servedCoverage(arn);
    expect(coverage).toMatchObject({
      executions: 1,
      states: { total: 6, covered: 6, counts: { Fan: 1, Kind: 3, Flaky: 1, Recovered: 1, Plain: 2, Done: 2 } },
      transitions: {
        total: 4,
        covered: 4,
        counts: { "Kind -> Flaky (Choices[0])": 1, "Kind -> Plain (Default)": 2, "Flaky -> Recovered (Catch[0])": 1, "Plain -> Done (Next)": 2 },
      },
      choiceRules: { counts: { "Kind.Choices[0]": 1, "Kind.Default": 2 } },
      retriers: { counts: { "Flaky.Retry[0]": 1 } },
      catchers: { counts: { "Flaky.Catch[0]": 1 } },
      notExercised: { states: [], transitions: [], choiceRules: [], retriers: [], catchers: [] },
    });
    expect(emu.coverage().stateMachines.find((machine) => machine.stateMachineArn === arn)).toEqual(coverage);
    expect(() => assertCoverage(emu.coverage(), { states: 1, transitions: 1, choiceRules: 1, retriers: 1, catchers: 1 })).not.toThrow();
  });

  it("names the item processor's branches no child took", async () => {
    const arn = await create(`plain-${childType.toLowerCase()}`, childType);
    await emu.run(arn, { items: [{ kind: "plain" }] });

    expect(() => assertCoverage(emu.coverage(), { states: 1 })).toThrow("never exercised: Flaky, Recovered");
    const coverage = await servedCoverage(arn);
    expect(coverage?.notExercised).toEqual({
      states: ["Flaky", "Recovered"],
      transitions: ["Kind -> Flaky (Choices[0])", "Flaky -> Recovered (Catch[0])"],
      choiceRules: ["Kind.Choices[0]"],
      retriers: ["Flaky.Retry[0]"],
      catchers: ["Flaky.Catch[0]"],
    });
  });
});
