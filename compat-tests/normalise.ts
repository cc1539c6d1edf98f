/**
 * The normalisation the recorder applied to AWS responses (see fixtures/compat/README.md),
 * applied to ours so that both sides can be compared structurally.
 */
import { isJsonObject, type Json, type JsonObject } from "../emulator/shared/json";
import { pythonJsonText } from "../emulator/shared/python-json";
import { PLACEHOLDER } from "../emulator/testing/recorded-placeholders";

// YYYY-MM-DDThh:mm:ss[.fraction](Z|+hh[:mm]|-hh[:mm]): what the recorder replaced by "date".
const ISO_DATE_TIME =
  /([1-9]\d{3})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:Z|[+-][01]\d(?::?[0-5]\d)?)/g;


const TIMESTAMP_KEY = /timestamp/i;

function isCalendarDate(year: string, month: string, day: string): boolean {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1) return false;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= daysInMonth;
}

/** Whether the text starts with an ISO-8601 date-time with a zone and a real calendar date. */
export function startsWithIsoDateTime(text: string): boolean {
  const re = new RegExp(ISO_DATE_TIME.source, "y");
  const m = re.exec(text);
  return m !== null && isCalendarDate(m[1] ?? "", m[2] ?? "", m[3] ?? "");
}

/** Replaces every ISO-8601 date-time with a zone (and a real calendar date) by `replacement`. */
export function replaceIsoDateTimes(text: string, replacement: string): string {
  return text.replace(ISO_DATE_TIME, (whole: string, y: string, mo: string, d: string) =>
    isCalendarDate(y, mo, d) ? replacement : whole,
  );
}

/** String values of object entries that start with `{` and parse as JSON become objects; list items only when they are objects. */
export function parseJsonValues(value: Json): Json {
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === "string" && v.startsWith("{")) {
      out[key] = tryParseJson(v) ?? v;
    } else if (Array.isArray(v)) {
      out[key] = v.map((item) => (isJsonObject(item) ? parseJsonValues(item) : item));
    } else {
      out[key] = isJsonObject(v) ? parseJsonValues(v) : v;
    }
  }
  return out;
}

function tryParseJson(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

/** Values under keys containing "timestamp" (and creationTime/ingestionTime) become "timestamp", unless they are ISO date-times. */
export function replaceTimestampKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map((item) => (isJsonObject(item) ? replaceTimestampKeys(item) : item));
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, v] of Object.entries(value)) {
    const timeKey = TIMESTAMP_KEY.test(key) || key === "creationTime" || key === "ingestionTime";
    if (timeKey && v !== null && v !== "" && !startsWithIsoDateTime(pythonStr(v))) {
      out[key] = "timestamp";
    } else {
      out[key] = replaceTimestampKeys(v);
    }
  }
  return out;
}

/** Python's str() of a JSON value, enough to test whether it starts with a date-time. */
function pythonStr(value: Json): string {
  return typeof value === "string" ? value : pythonJsonText(value);
}

/** `ResponseMetadata` keeps only its status code, as recorded. */
export function stripResponseMetadata(value: Json): Json {
  if (Array.isArray(value)) return value.map(stripResponseMetadata);
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === "ResponseMetadata") {
      const status = isJsonObject(v) && typeof v["HTTPStatusCode"] === "number" ? v["HTTPStatusCode"] : 200;
      out[key] = { HTTPHeaders: {}, HTTPStatusCode: status };
    } else {
      out[key] = stripResponseMetadata(v);
    }
  }
  return out;
}

/** The recorder's fixed replacements for per-request header values in the SDK metadata AWS adds to task results. */
const SDK_HEADER_VALUES: Readonly<Record<string, string>> = {
  "x-amzn-RequestId": "x-amzn-RequestId",
  "X-Amzn-Trace-Id": "X-Amzn-Trace-Id",
  "x-amz-crc32": "x-amz-crc32",
  Date: "date",
  RequestId: "RequestId",
};

/**
 * The header replacements a recording shows: only some tests registered these key-value
 * transformers, the others kept the values (as `<uuid:N>` tokens).
 */
export function recordedSdkHeaderValues(expected: Json): Record<string, string> {
  const text = JSON.stringify(expected);
  const out: Record<string, string> = {};
  for (const [key, replacement] of Object.entries(SDK_HEADER_VALUES)) {
    if (text.includes(`${JSON.stringify(key)}:${JSON.stringify(replacement)}`)) out[key] = replacement;
  }
  return out;
}

/** A header value that is a token, or a list of tokens, copied from a recording. */
function isRecordedToken(v: Json): boolean {
  const token = new RegExp(`^${PLACEHOLDER.source}$`);
  return typeof v === "string" ? token.test(v) : Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "string" && token.test(x));
}

/**
 * Request ids, trace ids and dates under `SdkHttpMetadata`/`SdkResponseMetadata` become the fixed
 * texts the recorder wrote; values that are already tokens (copied from a recording) stay.
 */
export function replaceSdkHeaderValues(value: Json, replacements: Readonly<Record<string, string>>, inside = false): Json {
  if (Array.isArray(value)) return value.map((item) => replaceSdkHeaderValues(item, replacements, inside));
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, v] of Object.entries(value)) {
    const replacement = inside ? replacements[key] : undefined;
    if (replacement !== undefined && !isRecordedToken(v) && !isJsonObject(v)) {
      out[key] = replacement;
    } else {
      out[key] = replaceSdkHeaderValues(v, replacements, inside || key === "SdkHttpMetadata" || key === "SdkResponseMetadata");
    }
  }
  return out;
}

interface PathSegment {
  recursive: boolean;
  key: string;
}

/** `$..a..b.c` as segments; undefined for anything beyond that simple form. */
export function parseSimpleJsonPath(path: string): PathSegment[] | undefined {
  if (!path.startsWith("$")) return undefined;
  const rest = path.slice(1);
  const segments: PathSegment[] = [];
  let rebuilt = "";
  for (const m of rest.matchAll(/(\.\.|\.)([A-Za-z0-9_-]+)/g)) {
    segments.push({ recursive: m[1] === "..", key: m[2] ?? "" });
    rebuilt += (m[1] ?? "") + (m[2] ?? "");
  }
  return rebuilt === rest ? segments : undefined;
}

function setAtPath(value: Json, segments: readonly PathSegment[], replacement: Json): Json {
  const [head, ...tail] = segments;
  if (head === undefined) return replacement;
  if (Array.isArray(value)) return value.map((item) => setAtPath(item, segments, replacement));
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === head.key) out[key] = setAtPath(v, tail, replacement);
    else if (head.recursive) out[key] = setAtPath(v, segments, replacement);
    else out[key] = v;
  }
  return out;
}

/** Snapshot transformers that replace the value at a simple JSONPath with a fixed text. */
export function applyKeyReplacements(value: Json, replacements: Readonly<Record<string, string>>): Json {
  let out = value;
  for (const [path, replacement] of Object.entries(replacements)) {
    const segments = parseSimpleJsonPath(path);
    if (segments) out = setAtPath(out, segments, replacement);
  }
  return out;
}

export interface NormaliseOptions {
  /** Exact texts of this run (names, account, region, role) and what the recorder wrote for them. */
  literals: Readonly<Record<string, string>>;
  /** Header name -> the fixed text the recorder wrote for its value in SDK metadata. */
  sdkHeaderValues?: Readonly<Record<string, string>>;
  /** JSONPath -> fixed replacement. */
  keyReplacements?: Readonly<Record<string, string>>;
  /** Recorded regular-expression transformers: pattern, replacement. */
  regexSubstitutions?: ReadonlyArray<readonly [string, string]>;
  /** Test-specific transformers the recorder ran on the whole snapshot. */
  custom?: ReadonlyArray<(value: Json) => Json>;
}

/**
 * Our response (already in boto3's shape, see sdk-shape.ts) normalised as the recorder normalised AWS's.
 * Text substitutions run on Python-style JSON text because the recorded regular expressions were written against it.
 */
export function normalise(value: Json, options: NormaliseOptions): Json {
  let out = parseJsonValues(value);
  out = stripResponseMetadata(out);
  out = replaceTimestampKeys(out);
  if (options.sdkHeaderValues) out = replaceSdkHeaderValues(out, options.sdkHeaderValues);
  if (options.keyReplacements) out = applyKeyReplacements(out, options.keyReplacements);
  for (const fn of options.custom ?? []) out = fn(out);
  let text = pythonJsonText(out);
  const literals = Object.keys(options.literals)
    .filter((lit) => lit !== "")
    .sort((a, b) => b.length - a.length);
  for (const lit of literals) {
    const escapedLiteral = pythonJsonText(lit).slice(1, -1);
    const escapedReplacement = pythonJsonText(options.literals[lit] ?? "").slice(1, -1);
    text = text.split(escapedLiteral).join(escapedReplacement);
  }
  for (const [pattern, replacement] of options.regexSubstitutions ?? []) {
    const re = compilePythonRegex(pattern);
    if (re) text = text.replace(re, () => replacement);
  }
  text = replaceIsoDateTimes(text, "date");
  return JSON.parse(text) as Json;
}

/** The recorded patterns are Python regular expressions; those JavaScript cannot read are skipped, as replay.py skips invalid ones. */
function compilePythonRegex(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, "g");
  } catch {
    return undefined;
  }
}

/**
 * Turns the replacement texts of run-time values (RegexTransformer on a value only the original
 * test knew) into `<...>` tokens of the expected data, so they bind to whatever we produce.
 */
export function placeholderise(expected: Json, literals: readonly string[]): Json {
  if (literals.length === 0) return expected;
  let text = JSON.stringify(expected);
  const unique = [...new Set(literals)].sort((a, b) => b.length - a.length);
  for (const lit of unique) {
    if (new RegExp(`^${PLACEHOLDER.source}$`).test(lit)) continue;
    const token = "<" + lit.replace(/^<+|>+$/g, "").replace(/[^A-Za-z0-9_\- ]/g, "_") + ">";
    const escaped = JSON.stringify(lit).slice(1, -1);
    const re = new RegExp(`(?<!<)${escapeRegExp(escaped)}(?!:\\d+>|>)`, "g");
    text = text.replace(re, () => token);
  }
  return JSON.parse(text) as Json;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

const PARALLEL_CLOSERS = new Set([
  "ParallelStateSucceeded",
  "ParallelStateAborted",
  "ParallelStateExited",
  "ParallelStateFailed",
]);

/**
 * What the recorder did to the histories of cases flagged `normalise_parallel_branch_events`:
 * events after a ParallelStateStarted get id [0] and previousEventId 0, and each closing Parallel
 * event re-applies the replacement from the same start, so the Succeeded/Failed event before the
 * Exited one disappears. Reproduced exactly, including the scan index running over the shrinking list.
 */
export function recorderParallelTransform(events: readonly Json[]): Json[] {
  const evs: Json[] = events.map((e) => (isJsonObject(e) ? { ...e } : e));
  let collecting = false;
  let run: Json[] = [];
  let start: number | undefined;
  let i = 0;
  while (i < evs.length) {
    const ev = evs[i];
    const type = isJsonObject(ev) ? ev["type"] : undefined;
    if (type === undefined || type === null) {
      collecting = false;
    } else if (typeof type === "string" && PARALLEL_CLOSERS.has(type)) {
      if (start !== undefined) evs.splice(start, i - start, ...run);
      collecting = false;
    } else if (type === "ParallelStateStarted") {
      collecting = true;
      run = [];
      start = i + 1;
    } else if (collecting && isJsonObject(ev)) {
      ev["id"] = [0];
      ev["previousEventId"] = 0;
      run.push(ev);
    }
    i += 1;
  }
  return evs;
}

/** Branch events (id [0]) are order-independent: each contiguous run is sorted canonically, ignoring `<...>` tokens. */
export function sortBranchRuns(events: readonly Json[]): Json[] {
  const key = (e: Json): string => pythonJsonText(e, { sortKeys: true }).replace(/<[^>]*>/g, "");
  const byKey = (a: Json, b: Json): number => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
  const out: Json[] = [];
  let run: Json[] = [];
  for (const e of events) {
    if (isJsonObject(e) && Array.isArray(e["id"]) && e["id"].length === 1 && e["id"][0] === 0) {
      run.push(e);
      continue;
    }
    out.push(...run.sort(byKey));
    run = [];
    out.push(e);
  }
  out.push(...run.sort(byKey));
  return out;
}
