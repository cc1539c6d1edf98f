/**
 * How a Distributed Map's ItemReader turns an S3 answer into items: its ReaderConfig settings, and the
 * JSON, JSON Lines and CSV parsing, with AWS's States.ItemReaderFailed causes.
 */
import { isJsonObject, type Json, type JsonObject } from "../../shared/json";
import { assertNever } from "../../shared/assert-never";
import { AslError } from "../errors/asl-error";

/** The ItemReader failure name AWS records on MapRunFailed/MapStateFailed. */
export const ITEM_READER_FAILED = "States.ItemReaderFailed";

/** The InputTypes a definition may name (the emulator reads the first three). */
const READER_INPUT_TYPES = ["JSON", "JSONL", "CSV", "MANIFEST", "PARQUET"] as const;
export type ReaderInputType = (typeof READER_INPUT_TYPES)[number];
export type CsvDelimiter = "COMMA" | "PIPE" | "SEMICOLON" | "SPACE" | "TAB";

export function isReaderInputType(value: Json | undefined): value is ReaderInputType {
  return READER_INPUT_TYPES.some((type) => type === value);
}

export function isCsvDelimiter(value: Json | undefined): value is CsvDelimiter {
  return typeof value === "string" && Object.hasOwn(DELIMITERS, value);
}

/** ReaderConfig with its expressions already evaluated: a JSON type literal, so it can live in a frame's progress. */
export type ReaderSettings = {
  /** `getObject` or `listObjectsV2`: the S3 action the reader called. */
  action: string;
  InputType?: ReaderInputType;
  CSVHeaderLocation?: "FIRST_ROW" | "GIVEN";
  CSVHeaders?: string[];
  CSVDelimiter?: CsvDelimiter;
  /** JSON Pointer to the array inside a JSON object (newer AWS option). */
  ItemsPointer?: string;
  /** 0 or absent: no limit. */
  MaxItems?: number;
};

const DELIMITERS: Record<CsvDelimiter, string> = { COMMA: ",", PIPE: "|", SEMICOLON: ";", SPACE: " ", TAB: "\t" };

function readerFailure(cause: string): AslError {
  return new AslError(ITEM_READER_FAILED, cause);
}

/**
 * The items a reader's S3 answer holds, per ReaderConfig, limited to MaxItems. The answer of
 * `getObject` is the object's text (`{ "Body": "..." }`, or the text itself); a mocked answer may give
 * the parsed JSON instead (`{ "Body": [...] }` or the array). `listObjectsV2` answers `{ "Contents": [...] }`.
 * Throws States.ItemReaderFailed with AWS's cause for content it cannot map over.
 */
export function readerItems(output: Json, settings: ReaderSettings): Json[] {
  const items = settings.action === "listObjectsV2" ? listedObjects(output) : objectItems(output, settings);
  const max = settings.MaxItems ?? 0;
  return max > 0 && items.length > max ? items.slice(0, max) : items;
}

function listedObjects(output: Json): Json[] {
  if (Array.isArray(output)) return output;
  const contents = isJsonObject(output) ? output["Contents"] : undefined;
  if (contents === undefined || contents === null) return [];
  if (!Array.isArray(contents)) throw readerFailure("Attempting to map over non-iterable node.");
  return contents;
}

function objectItems(output: Json, settings: ReaderSettings): Json[] {
  const body = isJsonObject(output) && Object.hasOwn(output, "Body") ? (output["Body"] ?? null) : output;
  const type = settings.InputType ?? "JSON";
  switch (type) {
    case "JSON":
      return jsonItems(typeof body === "string" ? parseJson(body) : body, settings.ItemsPointer);
    case "JSONL":
      return typeof body === "string" ? jsonLines(body) : jsonItems(body, undefined);
    case "CSV":
      if (typeof body !== "string") throw readerFailure("The CSV file could not be read: its content is not text.");
      return csvItems(body, settings);
    case "MANIFEST":
      throw readerFailure("InputType MANIFEST (S3 inventory) is not supported by sfn-emulator.");
    case "PARQUET":
      throw readerFailure("Unsupported InputType: PARQUET");
    default:
      return assertNever(type);
  }
}

function parseJson(text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch (error) {
    throw readerFailure(`The JSON file could not be parsed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function jsonItems(document: Json, pointer: string | undefined): Json[] {
  const target = pointer === undefined ? document : atPointer(document, pointer);
  if (!Array.isArray(target)) throw readerFailure("Attempting to map over non-iterable node.");
  return target;
}

/** RFC 6901: `/a/0/b`, with `~1` for `/` and `~0` for `~`. */
function atPointer(document: Json, pointer: string): Json {
  if (pointer === "") return document;
  let current: Json = document;
  for (const raw of pointer.replace(/^\//, "").split("/")) {
    const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const next = Array.isArray(current) ? (/^\d+$/.test(token) ? current[Number(token)] : undefined) : isJsonObject(current) && Object.hasOwn(current, token) ? current[token] : undefined;
    if (next !== undefined) current = next;
    else throw readerFailure(`The ItemsPointer '${pointer}' does not point to a value in the JSON file.`);
  }
  return current;
}

function jsonLines(text: string): Json[] {
  const items: Json[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    items.push(parseJson(line));
  }
  return items;
}

function csvItems(text: string, settings: ReaderSettings): Json[] {
  const delimiter = DELIMITERS[settings.CSVDelimiter ?? "COMMA"];
  const rows = csvRows(text, delimiter);
  let headers: string[];
  if (settings.CSVHeaderLocation === "GIVEN") {
    headers = settings.CSVHeaders ?? [];
  } else {
    const first = rows.shift();
    headers = first ?? [];
  }
  if (new Set(headers).size !== headers.length) throw readerFailure("CSV headers cannot contain duplicates.");
  // A row with fewer fields gets "" for the rest; fields past the last header are dropped, as AWS does.
  return rows.map((row) => {
    const item: JsonObject = {};
    headers.forEach((header, i) => (item[header] = row[i] ?? ""));
    return item;
  });
}

/** Rows of a CSV text (RFC 4180 quoting, LF or CRLF line ends); blank lines are not rows. */
export function csvRows(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let fieldStarted = false;
  const endRow = () => {
    if (fieldStarted || row.length > 0 || field !== "") {
      row.push(field);
      rows.push(row);
    }
    row = [];
    field = "";
    fieldStarted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"' && field === "") {
      quoted = true;
      fieldStarted = true;
    } else if (ch === delimiter) {
      row.push(field);
      field = "";
      fieldStarted = true;
    } else if (ch === "\n" || (ch === "\r" && text[i + 1] === "\n")) {
      if (ch === "\r") i++;
      endRow();
    } else {
      field += ch;
    }
  }
  endRow();
  return rows;
}
