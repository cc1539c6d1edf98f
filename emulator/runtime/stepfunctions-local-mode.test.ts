/** Task events and mocked results in AWS mode and in Step Functions Local mode. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { SFNClient, StartExecutionCommand, type HistoryEvent } from "@aws-sdk/client-sfn";
import { createMachine, finalHistory, startTestEmulator } from "../testing/test-emulator";
import type { Emulator } from "../index";

const SENTIMENT = {
  StartAt: "Detect",
  States: {
    Detect: {
      Type: "Task",
      Resource: "arn:aws:states:::aws-sdk:comprehend:detectSentiment",
      Parameters: { LanguageCode: "en", "Text.$": "$.text" },
      Next: "Legacy",
    },
    Legacy: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:Greet", End: true },
  },
};

const MOCKS = {
  StateMachines: {
    Sentiment: {
      TestCases: {
        Happy: { Detect: "Positive", Legacy: "Greeted" },
        Broken: { Detect: "Unavailable" },
      },
    },
  },
  MockedResponses: {
    Positive: { "0": { Return: { Sentiment: "POSITIVE", SentimentScore: { Positive: 0.99 } } } },
    Greeted: { "0": { Return: { StatusCode: 200, Payload: { greeting: "hello" } } } },
    Unavailable: { "0": { Throw: { Error: "Comprehend.InternalServerException", Cause: "try later" } } },
  },
};

function taskDetails(events: HistoryEvent[]): Array<[string, Record<string, unknown>]> {
  return events
    .filter((event) => event.type?.startsWith("Task") && !event.type.startsWith("TaskState"))
    .map((event) => {
      const key = Object.keys(event).find((name) => name.endsWith("EventDetails")) as keyof HistoryEvent;
      const { parameters: _parameters, output: _output, outputDetails: _details, region: _region, ...rest } = (event[key] ?? {}) as Record<string, unknown>;
      return [String(event.type), rest];
    });
}

describe.each([
  ["aws", "aws-sdk:comprehend", "detectSentiment"],
  ["stepfunctions-local", "aws-sdk", "comprehend:detectSentiment"],
] as const)("in %s mode", (compat, resourceType, resource) => {
  let dir: string;
  let emulator: Emulator;
  let sfn: SFNClient;
  let machineArn: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-sfl-mode-"));
    const file = path.join(dir, "MockConfigFile.json");
    fs.writeFileSync(file, JSON.stringify(MOCKS));
    ({ emulator, sfn } = await startTestEmulator({ mockConfigPath: file, compat }));
    machineArn = await createMachine(sfn, SENTIMENT, "Sentiment");
  });

  afterAll(async () => {
    sfn.destroy();
    await emulator.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function run(testCase: string): Promise<HistoryEvent[]> {
    const started = await sfn.send(new StartExecutionCommand({ stateMachineArn: `${machineArn}#${testCase}`, input: '{"text":"great"}' }));
    return finalHistory(sfn, started.executionArn as string);
  }

  it(`names aws-sdk task events resourceType "${resourceType}", resource "${resource}"`, async () => {
    const events = await run("Happy");
    expect(taskDetails(events)).toEqual([
      ["TaskScheduled", { resourceType, resource }],
      ["TaskStarted", { resourceType, resource }],
      ["TaskSucceeded", { resourceType, resource }],
    ]);
  });

  it("takes a mocked Return as the result as written, and a legacy Lambda ARN's Payload as the function result", async () => {
    const events = await run("Happy");
    const detect = events.find((event) => event.type === "TaskSucceeded")?.taskSucceededEventDetails?.output;
    expect(JSON.parse(detect ?? "null")).toEqual({ Sentiment: "POSITIVE", SentimentScore: { Positive: 0.99 } });
    const legacy = events.find((event) => event.type === "LambdaFunctionSucceeded")?.lambdaFunctionSucceededEventDetails?.output;
    expect(JSON.parse(legacy ?? "null")).toEqual({ greeting: "hello" });
    expect(JSON.parse(events[events.length - 1]?.executionSucceededEventDetails?.output ?? "null")).toEqual({ greeting: "hello" });
  });

  it("fails a mocked Throw with its error and cause", async () => {
    const events = await run("Broken");
    const failed = events.find((event) => event.type === "TaskFailed")?.taskFailedEventDetails;
    const expected = compat === "aws" ? { resourceType, resource, error: "Comprehend.InternalServerException", cause: "try later" } : { error: "Comprehend.InternalServerException", cause: "try later" };
    expect(failed).toEqual(expected);
    expect(events[events.length - 1]?.executionFailedEventDetails).toEqual({ error: "Comprehend.InternalServerException", cause: "try later" });
  });
});
