/**
 * Tests of ItemReader parsing: JSON, JSON Lines, CSV and S3 listings into items, MaxItems, and AWS's
 * failure causes.
 */
import { AslError } from "../errors/asl-error";
import { csvRows, readerItems, type ReaderSettings } from "./item-reader-parsing";

const CSV = "Value1,Value2,Value3\nValue4,Value5,Value6\n,,,\ntrue,1,'HelloWorld'\nNull,None,\n   \n";

function failureOf(run: () => unknown): { error: string; cause: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof AslError) return { error: error.error, cause: error.cause };
    throw error;
  }
  throw new Error("did not fail");
}

describe("readerItems", () => {
  const json: ReaderSettings = { action: "getObject", InputType: "JSON" };

  it("reads a JSON array from the object's text", () => {
    expect(readerItems({ Body: '[{"a":1},2,"x"]' }, json)).toEqual([{ a: 1 }, 2, "x"]);
    expect(readerItems("[1,2]", json)).toEqual([1, 2]);
  });

  it("takes an already parsed array from a mocked answer", () => {
    expect(readerItems([1, 2, 3], json)).toEqual([1, 2, 3]);
    expect(readerItems({ Body: [4] }, json)).toEqual([4]);
  });

  it("fails on a JSON object with AWS's cause", () => {
    expect(failureOf(() => readerItems({ Body: '{"Hello": "world"}' }, json))).toEqual({
      error: "States.ItemReaderFailed",
      cause: "Attempting to map over non-iterable node.",
    });
  });

  it("fails on text that is not JSON", () => {
    expect(failureOf(() => readerItems({ Body: "[1," }, json)).error).toBe("States.ItemReaderFailed");
  });

  it("follows ItemsPointer into a JSON object", () => {
    expect(readerItems({ Body: '{"data":{"rows":[1,2]}}' }, { ...json, ItemsPointer: "/data/rows" })).toEqual([1, 2]);
    expect(failureOf(() => readerItems({ Body: '{"data":{}}' }, { ...json, ItemsPointer: "/data/rows" })).error).toBe("States.ItemReaderFailed");
  });

  it("limits the items to MaxItems, with 0 meaning no limit", () => {
    expect(readerItems({ Body: "[1,2,3]" }, { ...json, MaxItems: 2 })).toEqual([1, 2]);
    expect(readerItems({ Body: "[1,2,3]" }, { ...json, MaxItems: 0 })).toEqual([1, 2, 3]);
    expect(readerItems({ Body: "[1,2,3]" }, { ...json, MaxItems: 100000001 })).toEqual([1, 2, 3]);
  });

  it("reads JSON Lines, skipping blank lines", () => {
    expect(readerItems({ Body: '{"a":1}\n\n[2]\r\n"s"\n' }, { action: "getObject", InputType: "JSONL" })).toEqual([{ a: 1 }, [2], "s"]);
  });

  it("reads CSV rows with the first row as headers, filling short rows and dropping extra fields", () => {
    const items = readerItems({ Body: `Col1,Col2,Col3\n${CSV}` }, { action: "getObject", InputType: "CSV", CSVHeaderLocation: "FIRST_ROW" });
    expect(items).toEqual([
      { Col1: "Value1", Col2: "Value2", Col3: "Value3" },
      { Col1: "Value4", Col2: "Value5", Col3: "Value6" },
      { Col1: "", Col2: "", Col3: "" },
      { Col1: "true", Col2: "1", Col3: "'HelloWorld'" },
      { Col1: "Null", Col2: "None", Col3: "" },
      { Col1: "   ", Col2: "", Col3: "" },
    ]);
  });

  it("reads CSV rows with given headers, MaxItems counting data rows", () => {
    const settings: ReaderSettings = { action: "getObject", InputType: "CSV", CSVHeaderLocation: "GIVEN", CSVHeaders: ["H1"], MaxItems: 2 };
    expect(readerItems({ Body: CSV }, settings)).toEqual([{ H1: "Value1" }, { H1: "Value4" }]);
  });

  it("fails on duplicate CSV headers with AWS's cause", () => {
    const settings: ReaderSettings = { action: "getObject", InputType: "CSV", CSVHeaderLocation: "GIVEN", CSVHeaders: ["H1", "H1", "H3"] };
    expect(failureOf(() => readerItems({ Body: CSV }, settings))).toEqual({
      error: "States.ItemReaderFailed",
      cause: "CSV headers cannot contain duplicates.",
    });
  });

  it("splits on the configured delimiter", () => {
    const settings: ReaderSettings = { action: "getObject", InputType: "CSV", CSVDelimiter: "PIPE" };
    expect(readerItems({ Body: "a|b\n1|2\n" }, settings)).toEqual([{ a: "1", b: "2" }]);
  });

  it("takes listObjectsV2 contents as items", () => {
    const object = { Etag: '"e"', Key: "k", LastModified: 1, Size: 2, StorageClass: "STANDARD" };
    expect(readerItems({ Contents: [object, object] }, { action: "listObjectsV2", MaxItems: 1 })).toEqual([object]);
    expect(readerItems({}, { action: "listObjectsV2" })).toEqual([]);
  });

  it("reports MANIFEST input as unsupported rather than guessing", () => {
    expect(failureOf(() => readerItems({ Body: "{}" }, { action: "getObject", InputType: "MANIFEST" })).error).toBe("States.ItemReaderFailed");
  });
});

describe("csvRows", () => {
  it("handles quoted fields with delimiters, quotes and line breaks", () => {
    expect(csvRows('a,"b,c","say ""hi""","x\ny"\r\nlast\n', ",")).toEqual([["a", "b,c", 'say "hi"', "x\ny"], ["last"]]);
  });

  it("keeps empty fields and whitespace-only rows", () => {
    expect(csvRows(",,\n   \n\n", ",")).toEqual([["", "", ""], ["   "]]);
  });
});
