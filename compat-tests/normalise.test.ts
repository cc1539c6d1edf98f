/**
 * Normalising our answers as the recorder normalised AWS's: ids, dates, timestamps, embedded JSON text
 * and literal replacements.
 */
import type { Json } from "../emulator/shared/json";
import {
  normalise,
  parseJsonValues,
  placeholderise,
  recordedSdkHeaderValues,
  recorderParallelTransform,
  replaceSdkHeaderValues,
  replaceIsoDateTimes,
  replaceTimestampKeys,
  sortBranchRuns,
  startsWithIsoDateTime,
} from "./normalise";

describe("normalise", () => {
  it("replaces request ids and dates in SDK metadata only where the recording did, and keeps recorded tokens", () => {
    const recorded = { SdkHttpMetadata: { HttpHeaders: { "x-amzn-RequestId": "x-amzn-RequestId", Date: "date" } }, SdkResponseMetadata: { RequestId: "<uuid:1>" } };
    const replacements = recordedSdkHeaderValues(recorded);
    expect(replacements).toEqual({ "x-amzn-RequestId": "x-amzn-RequestId", Date: "date" });
    const ours = {
      RequestId: "kept outside the metadata",
      SdkHttpMetadata: { AllHttpHeaders: { "x-amzn-RequestId": ["a-b"], Date: ["Wed, 25 Nov 2026 10:47:45 GMT"] }, HttpHeaders: { "x-amzn-RequestId": "<uuid:2>" } },
      SdkResponseMetadata: { RequestId: "a-b" },
    };
    expect(replaceSdkHeaderValues(ours, replacements)).toEqual({
      RequestId: "kept outside the metadata",
      SdkHttpMetadata: { AllHttpHeaders: { "x-amzn-RequestId": "x-amzn-RequestId", Date: "date" }, HttpHeaders: { "x-amzn-RequestId": "<uuid:2>" } },
      SdkResponseMetadata: { RequestId: "a-b" },
    });
  });

  it("parses JSON object text in object values but keeps JSON text of arrays and numbers", () => {
    expect(parseJsonValues({ a: '{"x": 1}', b: "[1, 2]", c: "3", d: "{not json" })).toEqual({ a: { x: 1 }, b: "[1, 2]", c: "3", d: "{not json" });
  });

  it("parses JSON text inside objects of lists but not strings directly in lists", () => {
    expect(parseJsonValues({ l: [{ output: '{"a": 1}' }, '{"b": 2}'] })).toEqual({ l: [{ output: { a: 1 } }, '{"b": 2}'] });
  });

  it("replaces values under timestamp keys unless they are ISO date-times", () => {
    expect(replaceTimestampKeys({ timestamp: 12, MyTimestampField: "x", creationTime: 3, t: { timestamp: "2024-01-01T00:00:00Z" } })).toEqual({
      timestamp: "timestamp",
      MyTimestampField: "timestamp",
      creationTime: "timestamp",
      t: { timestamp: "2024-01-01T00:00:00Z" },
    });
  });

  it("keeps empty and null values under timestamp keys", () => {
    expect(replaceTimestampKeys({ timestamp: "", TimestampX: null })).toEqual({ timestamp: "", TimestampX: null });
  });

  it("replaces ISO date-times with a zone anywhere in text, only for real calendar dates", () => {
    expect(replaceIsoDateTimes("at 2024-02-29T10:00:00.123+02:00 and 2023-02-30T10:00:00Z and 2024-01-01T10:00:00", "date")).toBe(
      "at date and 2023-02-30T10:00:00Z and 2024-01-01T10:00:00",
    );
    expect(startsWithIsoDateTime("2024-05-06T12:59:34Z rest")).toBe(true);
    expect(startsWithIsoDateTime("x 2024-05-06T12:59:34Z")).toBe(false);
  });

  it("replaces literals longest first, then dates, and strips response metadata", () => {
    const value: Json = {
      arn: "arn:aws:states:us-east-1:123456789012:stateMachine:compat-abc",
      note: "started 2024-05-06T12:59:34Z",
      ResponseMetadata: { HTTPStatusCode: 200, HTTPHeaders: { a: "b" }, RequestId: "r" },
    };
    const out = normalise(value, {
      literals: { "compat-abc": "<ArnPart_0idx>", "123456789012": "111111111111", "us-east-1": "<region>", "arn:aws:": "arn:<partition>:" },
    });
    expect(out).toEqual({
      arn: "arn:<partition>:states:<region>:111111111111:stateMachine:<ArnPart_0idx>",
      note: "started date",
      ResponseMetadata: { HTTPHeaders: {}, HTTPStatusCode: 200 },
    });
  });

  it("replaces literals inside JSON text embedded in strings, where quotes are escaped", () => {
    const out = normalise({ cause: 'bad "name-1" here' }, { literals: { '"name-1"': "<X>" } });
    expect(out).toEqual({ cause: "bad <X> here" });
  });

  it("applies key replacements at simple JSONPaths", () => {
    const out = normalise({ events: [{ output: { StartDate: 5, Other: 1 } }] }, { literals: {}, keyReplacements: { "$..output.StartDate": "start-date" } });
    expect(out).toEqual({ events: [{ output: { StartDate: "start-date", Other: 1 } }] });
  });

  it("applies recorded regular expressions to Python-style JSON text", () => {
    const out = normalise({ m: "Request ID: abc-123 failed" }, { literals: {}, regexSubstitutions: [["Request ID: [a-zA-Z0-9-]+", "Request ID: <request_id>"]] });
    expect(out).toEqual({ m: "Request ID: <request_id> failed" });
  });
});

describe("placeholderise", () => {
  it("turns run-time replacement texts into tokens, leaving existing tokens alone", () => {
    expect(placeholderise({ a: "arn:function:lambda_function_name", b: "<lambda_function_name:1>" }, ["lambda_function_name"])).toEqual({
      a: "arn:function:<lambda_function_name>",
      b: "<lambda_function_name:1>",
    });
  });
});

describe("parallel branch events", () => {
  const ev = (id: number, type: string, name = "x"): Json => ({ id, previousEventId: id - 1, type, name });

  it("renumbers branch events and drops the Succeeded event before Exited, as the recorder did", () => {
    const events = [ev(1, "ParallelStateEntered"), ev(2, "ParallelStateStarted"), ev(3, "PassStateEntered", "b"), ev(4, "PassStateEntered", "a"), ev(5, "ParallelStateSucceeded"), ev(6, "ParallelStateExited")];
    const out = recorderParallelTransform(events);
    expect(out.map((e) => (e as { type: string }).type)).toEqual(["ParallelStateEntered", "ParallelStateStarted", "PassStateEntered", "PassStateEntered", "ParallelStateExited"]);
    expect(out[2]).toEqual({ id: [0], previousEventId: 0, type: "PassStateEntered", name: "b" });
  });

  it("sorts each run of branch events canonically", () => {
    const a: Json = { id: [0], previousEventId: 0, name: "a" };
    const b: Json = { id: [0], previousEventId: 0, name: "b" };
    expect(sortBranchRuns([{ id: 1 }, b, a, { id: 2 }])).toEqual([{ id: 1 }, a, b, { id: 2 }]);
  });
});
