/**
 * Tokens for the recorded SDK metadata values only the recording's run could produce: Content-Lengths
 * of hidden bodies and kept HTTP dates.
 */
import type { JsonObject } from "../emulator/shared/json";
import { tokeniseRunBoundValues } from "./run-bound-values";

function metadata(length: string, date = "date"): JsonObject {
  return {
    AllHttpHeaders: { "Content-Length": [length], Date: [date] },
    HttpHeaders: { "Content-Length": length, Date: date },
    HttpStatusCode: 200,
  };
}

const noTransformers: JsonObject = {};

describe("values bound to the recording's own run", () => {
  it("turns a Content-Length into a token when the body holds a hidden name", () => {
    const expected = { ExecutionArn: "arn:<partition>:states:<region>:111111111111:execution:<ArnPart_0idx>:Target", SdkHttpMetadata: metadata("161") };
    const out = tokeniseRunBoundValues(expected, noTransformers) as JsonObject;
    expect(out["SdkHttpMetadata"]).toEqual(metadata("<content-length:1>"));
  });

  it("treats a transformer's replacement as hidden text", () => {
    const raw: JsonObject = {
      snapshot_transformers: [{ type: "JsonpathTransformer", args: [], kwargs: { jsonpath: "$..StartDate", replacement: "start-date", replace_reference: false } }],
    };
    const out = tokeniseRunBoundValues({ StartDate: "start-date", SdkHttpMetadata: metadata("161") }, raw) as JsonObject;
    expect(out["SdkHttpMetadata"]).toEqual(metadata("<content-length:1>"));
  });

  it("keeps the Content-Length exact when the hidden values have one fixed length", () => {
    const expected = { MD5OfMessageBody: "<m-d5-of-message-body:1>", MessageId: "a_message_id", SdkHttpMetadata: metadata("106") };
    expect(tokeniseRunBoundValues(expected, noTransformers)).toEqual(expected);
  });

  it("keeps the Content-Length exact when the recording shows the whole body", () => {
    const expected = { Payload: { a: 1 }, StatusCode: 200, SdkHttpMetadata: metadata("7") };
    expect(tokeniseRunBoundValues(expected, noTransformers)).toEqual(expected);
  });

  it("turns a kept HTTP Date header into a token numbered per response", () => {
    const first = { MessageId: "<uuid:1>", SdkHttpMetadata: metadata("106", "Thu, 18 Apr 2024 06:27:01 GMT") };
    const out = tokeniseRunBoundValues([first, first], noTransformers) as JsonObject[];
    expect(out[0]?.["SdkHttpMetadata"]).toEqual(metadata("106", "<http-date:1>"));
    expect(out[1]?.["SdkHttpMetadata"]).toEqual(metadata("106", "<http-date:2>"));
  });
});
