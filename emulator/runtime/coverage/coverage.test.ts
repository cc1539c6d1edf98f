/**
 * Workflow coverage: states, transitions, Choice rules, Retriers and Catchers counted, served over
 * HTTP, asserted, and written at stop.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CreateStateMachineCommand, SFNClient, StartExecutionCommand } from "@aws-sdk/client-sfn";
import { assertCoverage, createEmulator, startEmulator, type RunningEmulator, type StateMachineCoverage } from "../../index";

const ROLE = "arn:aws:iam::123456789012:role/test";
const WORK = "arn:aws:lambda:us-east-1:123456789012:function:work";

const DEFINITION = {
  StartAt: "Route",
  States: {
    Route: {
      Type: "Choice",
      Choices: [
        { Variable: "$.kind", StringEquals: "parallel", Next: "Fan" },
        { Variable: "$.kind", StringEquals: "map", Next: "Each" },
        { Variable: "$.kind", StringEquals: "never", Next: "Unused" },
      ],
      Default: "Fallback",
    },
    Fallback: { Type: "Pass", End: true },
    Unused: { Type: "Pass", End: true },
    Fan: {
      Type: "Parallel",
      Next: "Done",
      Branches: [
        {
          StartAt: "Inner",
          States: {
            Inner: { Type: "Choice", Choices: [{ Variable: "$.x", NumericGreaterThan: 0, Next: "Positive" }], Default: "NotPositive" },
            Positive: { Type: "Pass", End: true },
            NotPositive: { Type: "Pass", End: true },
          },
        },
        { StartAt: "Side", States: { Side: { Type: "Pass", End: true } } },
      ],
    },
    Each: {
      Type: "Map",
      ItemsPath: "$.items",
      Next: "Done",
      ItemProcessor: {
        ProcessorConfig: { Mode: "INLINE" },
        StartAt: "Work",
        States: {
          Work: {
            Type: "Task",
            Resource: WORK,
            Retry: [{ ErrorEquals: ["Flaky"], MaxAttempts: 1, IntervalSeconds: 1 }],
            Catch: [
              { ErrorEquals: ["Broken"], Next: "Recovered" },
              { ErrorEquals: ["States.ALL"], Next: "Unexpected" },
            ],
            End: true,
          },
          Recovered: { Type: "Pass", End: true },
          Unexpected: { Type: "Pass", End: true },
        },
      },
    },
    Done: { Type: "Succeed" },
  },
};

let emu: RunningEmulator;
const failedOnce = new Set<number>();

beforeAll(async () => {
  emu = await startEmulator({
    clock: "auto",
    logLevel: "silent",
    handlers: {
      work: (item) => {
        const { id, mode } = item as { id: number; mode: string };
        if (mode === "broken") throw Object.assign(new Error("broken item"), { name: "Broken" });
        if (mode === "flaky" && !failedOnce.has(id)) {
          failedOnce.add(id);
          throw Object.assign(new Error("try again"), { name: "Flaky" });
        }
        return { id };
      },
    },
  });
});
afterAll(() => emu.stop());

async function exercise(): Promise<string> {
  failedOnce.clear();
  const created = await emu.client.send(new CreateStateMachineCommand({ name: "coverage", definition: JSON.stringify(DEFINITION), roleArn: ROLE }));
  const arn = created.stateMachineArn ?? "";
  const runs = [
    await emu.run(arn, { kind: "parallel", x: 1 }),
    await emu.run(arn, { kind: "map", items: [{ id: 1, mode: "ok" }, { id: 2, mode: "broken" }, { id: 3, mode: "flaky" }] }),
    await emu.run(arn, { kind: "other" }),
  ];
  expect(runs.map((run) => run.status)).toEqual(["SUCCEEDED", "SUCCEEDED", "SUCCEEDED"]);
  return arn;
}

function only(report: { stateMachines: StateMachineCoverage[] }): StateMachineCoverage {
  expect(report.stateMachines).toHaveLength(1);
  return report.stateMachines[0] as StateMachineCoverage;
}

describe("workflow coverage", () => {
  beforeEach(() => emu.reset());

  it("counts every state entered, inside Parallel branches and Map iterations too, and lists those never entered", async () => {
    await exercise();
    const coverage = only(emu.coverage());
    expect(coverage.executions).toBe(3);
    expect(coverage.states.counts).toEqual({
      Route: 3, Fallback: 1, Unused: 0, Fan: 1, Inner: 1, Positive: 1, NotPositive: 0, Side: 1,
      Each: 1, Work: 3, Recovered: 1, Unexpected: 0, Done: 2,
    });
    expect(coverage.states).toMatchObject({ total: 13, covered: 10 });
    expect(coverage.notExercised.states).toEqual(["Unused", "NotPositive", "Unexpected"]);
  });

  it("counts transitions by the edge they took: Next, a Choice rule, Default or a Catcher", async () => {
    await exercise();
    const coverage = only(emu.coverage());
    expect(coverage.transitions.counts).toEqual({
      "Route -> Fan (Choices[0])": 1,
      "Route -> Each (Choices[1])": 1,
      "Route -> Unused (Choices[2])": 0,
      "Route -> Fallback (Default)": 1,
      "Fan -> Done (Next)": 1,
      "Inner -> Positive (Choices[0])": 1,
      "Inner -> NotPositive (Default)": 0,
      "Each -> Done (Next)": 1,
      "Work -> Recovered (Catch[0])": 1,
      "Work -> Unexpected (Catch[1])": 0,
    });
    expect(coverage.notExercised.transitions).toEqual(["Route -> Unused (Choices[2])", "Inner -> NotPositive (Default)", "Work -> Unexpected (Catch[1])"]);
  });

  it("counts the Choice rules that matched, the Retriers that retried and the Catchers that caught", async () => {
    await exercise();
    const coverage = only(emu.coverage());
    expect(coverage.choiceRules.counts).toEqual({
      "Route.Choices[0]": 1,
      "Route.Choices[1]": 1,
      "Route.Choices[2]": 0,
      "Route.Default": 1,
      "Inner.Choices[0]": 1,
      "Inner.Default": 0,
    });
    expect(coverage.retriers.counts).toEqual({ "Work.Retry[0]": 1 });
    expect(coverage.catchers.counts).toEqual({ "Work.Catch[0]": 1, "Work.Catch[1]": 0 });
    expect(coverage.catchers).toMatchObject({ total: 2, covered: 1, ratio: 0.5 });
  });

  it("is served on GET /_emulator/coverage and emptied by POST /_emulator/reset", async () => {
    await exercise();
    const served = await (await fetch(`${emu.endpoint}/_emulator/coverage`)).json();
    expect(served).toEqual(emu.coverage());
    const reset = await fetch(`${emu.endpoint}/_emulator/reset`, { method: "POST" });
    expect(reset.status).toBe(200);
    expect(emu.coverage()).toEqual({ stateMachines: [] });
  });

  it("fails assertCoverage below a threshold, naming what was never exercised, and passes at or above it", async () => {
    await exercise();
    const coverage = emu.coverage();
    expect(() => assertCoverage(coverage, { states: 0.75, choiceRules: 0.6 })).not.toThrow();
    expect(() => assertCoverage(coverage, { states: 0.9, transitions: 0.5 })).toThrow(
      /states 76\.9% \(10\/13\) is below 90%; never exercised: Unused, NotPositive, Unexpected/,
    );
  });
});

describe("--coverage-report", () => {
  it("writes the coverage report as JSON when the emulator stops", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-coverage-"));
    const file = path.join(dir, "reports", "coverage.json");
    try {
      const emulator = await createEmulator({ port: 0, inMemory: true, logLevel: "silent", coverageReportPath: file });
      const sfn = new SFNClient({ endpoint: emulator.url, region: "us-east-1", credentials: { accessKeyId: "a", secretAccessKey: "b" } });
      const created = await sfn.send(
        new CreateStateMachineCommand({ name: "reported", roleArn: ROLE, definition: JSON.stringify({ StartAt: "Only", States: { Only: { Type: "Pass", End: true } } }) }),
      );
      await sfn.send(new StartExecutionCommand({ stateMachineArn: created.stateMachineArn ?? "" }));
      const expected = await new Promise<unknown>((resolve) => {
        const poll = (): void => {
          const report = emulator.coverage();
          if (report.stateMachines[0]?.states.covered === 1) resolve(report);
          else setTimeout(poll, 10);
        };
        poll();
      });
      sfn.destroy();
      await emulator.close();
      expect(JSON.parse(fs.readFileSync(file, "utf8"))).toEqual(expected);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
