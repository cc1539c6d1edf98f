/**
 * A Map's ItemReader and ResultWriter against an S3 endpoint: JSON, CSV, JSON Lines and listed objects
 * read, failures reported, results written.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { DescribeExecutionCommand, type HistoryEvent, type SFNClient } from "@aws-sdk/client-sfn";
import type { Emulator } from "../..";
import { FakeS3Server } from "../testing/fake-s3-server";
import { createMachine, finalHistory, startExecution, startTestEmulator, types } from "../../testing/test-emulator";

const BUCKET = "items";
const CSV = "Col1,Col2\nValue1,Value2\nValue3,Value4\nValue5,Value6\n";

function distributedMap(itemReader: object, extra: object = {}): object {
  return {
    StartAt: "Map",
    States: {
      Map: {
        Type: "Map",
        MaxConcurrency: 1,
        ItemReader: itemReader,
        ItemProcessor: {
          ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" },
          StartAt: "Pass",
          States: { Pass: { Type: "Pass", End: true } },
        },
        End: true,
        ...extra,
      },
    },
  };
}

function getObject(readerConfig: object): object {
  return { Resource: "arn:aws:states:::s3:getObject", ReaderConfig: readerConfig, Parameters: { "Bucket.$": "$.Bucket", "Key.$": "$.Key" } };
}

function outputOf(events: HistoryEvent[]): unknown {
  return JSON.parse(events[events.length - 1]?.executionSucceededEventDetails?.output ?? "null");
}

describe("Map ItemReader and ResultWriter against an S3 endpoint", () => {
  let s3: FakeS3Server;
  let emulator: Emulator;
  let sfn: SFNClient;

  beforeAll(async () => {
    s3 = new FakeS3Server();
    const url = await s3.start();
    s3.putObject(BUCKET, "list.json", '[{"a":1},{"a":2},{"a":3}]');
    s3.putObject(BUCKET, "object.json", '{"Hello":"world"}');
    s3.putObject(BUCKET, "rows.csv", CSV);
    s3.putObject(BUCKET, "lines.jsonl", '{"n":1}\n{"n":2}\n');
    s3.putObject("listing", "p/one.txt", "1");
    s3.putObject("listing", "p/two.txt", "22");
    s3.putObject("listing", "q/other.txt", "333");
    ({ emulator, sfn } = await startTestEmulator({ endpoints: { s3: url } }));
  });

  afterAll(async () => {
    sfn.destroy();
    await emulator.close();
    await s3.stop();
  });

  async function run(definition: object, input: object): Promise<HistoryEvent[]> {
    const arn = await createMachine(sfn, definition);
    return finalHistory(sfn, await startExecution(sfn, arn, input));
  }

  it("maps over a JSON array read from S3, inside a map run that starts with no items counted", async () => {
    const events = await run(distributedMap(getObject({ InputType: "JSON" })), { Bucket: BUCKET, Key: "list.json" });
    expect(types(events)).toEqual([
      "ExecutionStarted",
      "MapStateEntered",
      "MapStateStarted",
      "MapRunStarted",
      "MapRunSucceeded",
      "MapStateSucceeded",
      "MapStateExited",
      "ExecutionSucceeded",
    ]);
    expect(events[2]?.mapStateStartedEventDetails?.length).toBe(0);
    expect(outputOf(events)).toEqual([{ a: 1 }, { a: 2 }, { a: 3 }]);
  });

  it("reads CSV with the first row as headers and stops at MaxItems", async () => {
    const events = await run(distributedMap(getObject({ InputType: "CSV", CSVHeaderLocation: "FIRST_ROW", MaxItems: 2 })), {
      Bucket: BUCKET,
      Key: "rows.csv",
    });
    expect(outputOf(events)).toEqual([
      { Col1: "Value1", Col2: "Value2" },
      { Col1: "Value3", Col2: "Value4" },
    ]);
  });

  it("reads CSV with given headers, every row being data", async () => {
    const events = await run(distributedMap(getObject({ InputType: "CSV", CSVHeaderLocation: "GIVEN", CSVHeaders: ["A", "B"] })), {
      Bucket: BUCKET,
      Key: "rows.csv",
    });
    expect((outputOf(events) as unknown[])[0]).toEqual({ A: "Col1", B: "Col2" });
    expect(outputOf(events)).toHaveLength(4);
  });

  it("reads JSON Lines with MaxItemsPath and JSONata Arguments", async () => {
    const jsonPath = await run(distributedMap(getObject({ InputType: "JSONL", MaxItemsPath: "$.max" })), { Bucket: BUCKET, Key: "lines.jsonl", max: 1 });
    expect(outputOf(jsonPath)).toEqual([{ n: 1 }]);
    const definition = distributedMap({
      Resource: "arn:aws:states:::s3:getObject",
      ReaderConfig: { InputType: "JSONL", MaxItems: "{% $states.input.max %}" },
      Arguments: { Bucket: "{% $states.input.Bucket %}", Key: "{% $states.input.Key %}" },
    });
    const jsonata = await run({ ...definition, QueryLanguage: "JSONata" }, { Bucket: BUCKET, Key: "lines.jsonl", max: 2 });
    expect(outputOf(jsonata)).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it("lists objects under a prefix as items", async () => {
    const events = await run(
      distributedMap({ Resource: "arn:aws:states:::s3:listObjectsV2", Parameters: { Bucket: "listing", Prefix: "p/" } }),
      {},
    );
    const items = outputOf(events) as Array<Record<string, unknown>>;
    expect(items.map((item) => [item.Key, item.Size, item.StorageClass])).toEqual([
      ["p/one.txt", 1, "STANDARD"],
      ["p/two.txt", 2, "STANDARD"],
    ]);
    expect(typeof items[0]?.Etag).toBe("string");
    expect(typeof items[0]?.LastModified).toBe("number");
  });

  it("fails the Map and its run when the object does not exist", async () => {
    const events = await run(distributedMap(getObject({ InputType: "JSON" })), { Bucket: BUCKET, Key: "missing.json" });
    expect(types(events)).toEqual(["ExecutionStarted", "MapStateEntered", "MapStateStarted", "MapRunStarted", "MapRunFailed", "MapStateFailed", "ExecutionFailed"]);
    const failed = events[events.length - 1]?.executionFailedEventDetails;
    expect(failed?.error).toBe("States.ItemReaderFailed");
    expect(failed?.cause).toMatch(/^The specified key does not exist\. \(Service: S3, Status Code: 404, /);
  });

  it("fails with AWS's cause when the JSON is not an array, and Catch sees States.ItemReaderFailed", async () => {
    const definition = distributedMap(getObject({ InputType: "JSON" }), {
      End: undefined,
      Next: "Done",
      Catch: [{ ErrorEquals: ["States.ItemReaderFailed"], Next: "Caught" }],
    }) as { States: Record<string, object> };
    definition.States.Done = { Type: "Succeed" };
    definition.States.Caught = { Type: "Pass", End: true };
    const events = await run(definition, { Bucket: BUCKET, Key: "object.json" });
    expect(outputOf(events)).toEqual({ Error: "States.ItemReaderFailed", Cause: "Attempting to map over non-iterable node." });
  });

  it("fails with States.ItemReaderFailed for an InputType the definition may name but the emulator cannot read (PARQUET)", async () => {
    const events = await run(distributedMap(getObject({ InputType: "PARQUET" })), { Bucket: BUCKET, Key: "list.json" });
    expect(types(events).slice(-3)).toEqual(["MapRunFailed", "MapStateFailed", "ExecutionFailed"]);
    expect(events[events.length - 1]?.executionFailedEventDetails).toMatchObject({ error: "States.ItemReaderFailed", cause: "Unsupported InputType: PARQUET" });
  });

  it("batches read items with ItemBatcher", async () => {
    const events = await run(distributedMap(getObject({ InputType: "JSON" }), { ItemBatcher: { MaxItemsPerBatch: 2, BatchInput: { "tag.$": "$.Key" } } }), {
      Bucket: BUCKET,
      Key: "list.json",
    });
    expect(outputOf(events)).toEqual([
      { BatchInput: { tag: "list.json" }, Items: [{ a: 1 }, { a: 2 }] },
      { BatchInput: { tag: "list.json" }, Items: [{ a: 3 }] },
    ]);
  });

  it("reads items for an INLINE Map too, announcing their number when read", async () => {
    const definition = distributedMap(getObject({ InputType: "JSON" })) as { States: { Map: { ItemProcessor: { ProcessorConfig: object } } } };
    definition.States.Map.ItemProcessor.ProcessorConfig = { Mode: "INLINE" };
    const events = await run(definition, { Bucket: BUCKET, Key: "list.json" });
    expect(events.find((e) => e.type === "MapStateStarted")?.mapStateStartedEventDetails?.length).toBe(3);
    expect(outputOf(events)).toEqual([{ a: 1 }, { a: 2 }, { a: 3 }]);
  });

  it("exports results with ResultWriter: result files, manifest.json and the Map's new output", async () => {
    const definition = distributedMap(getObject({ InputType: "JSON" }), {
      ItemSelector: { "value.$": "$$.Map.Item.Value.a" },
      ItemProcessor: {
        ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" },
        StartAt: "Check",
        States: {
          Check: { Type: "Choice", Choices: [{ Variable: "$.value", NumericEquals: 2, Next: "Fail" }], Default: "Pass" },
          Fail: { Type: "Fail", Error: "Two", Cause: "two is not allowed" },
          Pass: { Type: "Pass", End: true },
        },
      },
      ToleratedFailureCount: 1,
      ResultWriter: { Resource: "arn:aws:states:::s3:putObject", Parameters: { Bucket: "results", Prefix: "runs" } },
    });
    s3.createBucket("results");
    const arn = await createMachine(sfn, definition);
    const executionArn = await startExecution(sfn, arn, { Bucket: BUCKET, Key: "list.json" });
    const events = await finalHistory(sfn, executionArn);
    expect(types(events)).toContain("MapRunSucceeded");
    const mapRunArn = events.find((e) => e.type === "MapRunStarted")?.mapRunStartedEventDetails?.mapRunArn as string;
    const runId = mapRunArn.slice(mapRunArn.lastIndexOf(":") + 1);
    const output = outputOf(events);
    expect(output).toEqual({ MapRunArn: mapRunArn, ResultWriterDetails: { Bucket: "results", Key: `runs/${runId}/manifest.json` } });
    expect(s3.keys("results")).toEqual([`runs/${runId}/FAILED_0.json`, `runs/${runId}/SUCCEEDED_0.json`, `runs/${runId}/manifest.json`]);

    const manifest = JSON.parse(s3.getObject("results", `runs/${runId}/manifest.json`) ?? "null");
    const succeededText = s3.getObject("results", `runs/${runId}/SUCCEEDED_0.json`) ?? "";
    const failedText = s3.getObject("results", `runs/${runId}/FAILED_0.json`) ?? "";
    expect(manifest).toEqual({
      DestinationBucket: "results",
      MapRunArn: mapRunArn,
      ResultFiles: {
        FAILED: [{ Key: `runs/${runId}/FAILED_0.json`, Size: Buffer.byteLength(failedText) }],
        PENDING: [],
        SUCCEEDED: [{ Key: `runs/${runId}/SUCCEEDED_0.json`, Size: Buffer.byteLength(succeededText) }],
      },
    });
    const succeeded = JSON.parse(succeededText) as Array<Record<string, unknown>>;
    expect(succeeded.map((r) => [r.Input, r.Output, r.Status])).toEqual([
      ['{"value":1}', '{"value":1}', "SUCCEEDED"],
      ['{"value":3}', '{"value":3}', "SUCCEEDED"],
    ]);
    expect(Object.keys(succeeded[0] ?? {})).toEqual([
      "ExecutionArn",
      "Input",
      "InputDetails",
      "Name",
      "Output",
      "OutputDetails",
      "StartDate",
      "StateMachineArn",
      "Status",
      "StopDate",
    ]);
    expect(succeeded[0]?.StateMachineArn).toBe(mapRunArn.slice(0, mapRunArn.lastIndexOf(":")).replace(":mapRun:", ":stateMachine:"));
    const failed = JSON.parse(failedText) as Array<Record<string, unknown>>;
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ Error: "Two", Cause: "two is not allowed", Input: '{"value":2}', Status: "FAILED" });
    const described = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    expect(described.status).toBe("SUCCEEDED");
  });

  it("fails with States.ResultWriterFailed when the results cannot be written", async () => {
    const definition = distributedMap(getObject({ InputType: "JSON" }), {
      ResultWriter: { Resource: "arn:aws:states:::s3:putObject", Parameters: { Bucket: "no-such-bucket", Prefix: "x" } },
    });
    const events = await run(definition, { Bucket: BUCKET, Key: "list.json" });
    expect(types(events).slice(-3)).toEqual(["MapRunFailed", "MapStateFailed", "ExecutionFailed"]);
    expect(events[events.length - 1]?.executionFailedEventDetails?.error).toBe("States.ResultWriterFailed");
  });

  it("reshapes the output with WriterConfig alone (FLATTEN), writing nothing", async () => {
    const definition = distributedMap(getObject({ InputType: "JSON" }), {
      ItemSelector: { "pair.$": "States.Array($$.Map.Item.Value.a, $$.Map.Item.Index)" },
      ItemProcessor: {
        ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" },
        StartAt: "Pass",
        States: { Pass: { Type: "Pass", OutputPath: "$.pair", End: true } },
      },
      ResultWriter: { WriterConfig: { Transformation: "FLATTEN", OutputType: "JSON" } },
    });
    const events = await run(definition, { Bucket: BUCKET, Key: "list.json" });
    expect(outputOf(events)).toEqual([1, 0, 2, 1, 3, 2]);
  });
});

describe("a mocked ItemReader", () => {
  let dir: string;
  let emulator: Emulator;
  let sfn: SFNClient;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-s3-mocks-"));
    const file = path.join(dir, "MockConfigFile.json");
    const mockConfig = {
      StateMachines: {
        ReaderCsv: { TestCases: { Text: { Map: "CsvText" }, Missing: { Map: "NoSuchKey" } } },
        ReaderJson: { TestCases: { Parsed: { Map: "ParsedItems" } } },
      },
      MockedResponses: {
        CsvText: { "0": { Return: { Body: "a,b\n1,2\n" } } },
        ParsedItems: { "0": { Return: ["x", "y"] } },
        NoSuchKey: { "0": { Throw: { Error: "S3.NoSuchKeyException", Cause: "The specified key does not exist." } } },
      },
    };
    fs.writeFileSync(file, JSON.stringify(mockConfig));
    ({ emulator, sfn } = await startTestEmulator({ mockConfigPath: file }));
  });

  afterAll(async () => {
    sfn.destroy();
    await emulator.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function run(arn: string, testCase: string): Promise<HistoryEvent[]> {
    return finalHistory(sfn, await startExecution(sfn, `${arn}#${testCase}`, { Bucket: "b", Key: "k" }));
  }

  it("maps over the mocked object text, or fails as a missing object does", async () => {
    const arn = await createMachine(sfn, distributedMap(getObject({ InputType: "CSV", CSVHeaderLocation: "FIRST_ROW" })), "ReaderCsv");
    expect(outputOf(await run(arn, "Text"))).toEqual([{ a: "1", b: "2" }]);
    const missing = await run(arn, "Missing");
    expect(missing[missing.length - 1]?.executionFailedEventDetails).toEqual({
      error: "States.ItemReaderFailed",
      cause: "The specified key does not exist.",
    });
  });

  it("takes already parsed items from a mocked JSON reader", async () => {
    const arn = await createMachine(sfn, distributedMap(getObject({ InputType: "JSON" })), "ReaderJson");
    expect(outputOf(await run(arn, "Parsed"))).toEqual(["x", "y"]);
  });
});
