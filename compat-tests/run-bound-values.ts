/**
 * Values in recorded SDK metadata that only the recording's own run could produce (HTTP dates, some
 * Content-Lengths), turned into tokens that bind to ours.
 */
import { isJsonObject, type Json, type JsonObject } from "../emulator/shared/json";
import { caseKeyReplacements, caseKeyValueReplacements } from "./case-transformers";
import { PLACEHOLDER } from "../emulator/testing/recorded-placeholders";

/** An HTTP date as a server sends it (`Thu, 18 Apr 2024 06:27:01 GMT`). */
const HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

const METADATA_KEYS = new Set(["SdkHttpMetadata", "SdkResponseMetadata"]);

/** Fields whose values are UUIDs whatever a transformer replaced them with (SQS and SNS message ids). */
const FIXED_LENGTH_KEYS = new Set(["MessageId"]);

/** Tokens for values of one fixed length (a UUID, an MD5 digest), which keep a body's length known. */
const FIXED_LENGTH_TOKEN = /^<(uuid|m-d5-of-[a-z-]+)(:\d+)?>$/;

/** Whether a recorded value holds text of unknown length the recorder replaced: a `<...>` token or a transformer's replacement. */
function holdsHiddenText(value: Json, replacements: ReadonlySet<string>): boolean {
  if (typeof value === "string") {
    const tokens = value.match(new RegExp(PLACEHOLDER.source, "g")) ?? [];
    return replacements.has(value) || tokens.some((token) => !FIXED_LENGTH_TOKEN.test(token));
  }
  if (Array.isArray(value)) return value.some((v) => holdsHiddenText(v, replacements));
  if (isJsonObject(value)) return Object.values(value).some((v) => holdsHiddenText(v, replacements));
  return false;
}

function mapHeaders(headers: Json, rewrite: (name: string, value: Json) => Json): Json {
  if (!isJsonObject(headers)) return headers;
  const out: JsonObject = {};
  for (const [name, value] of Object.entries(headers)) out[name] = rewrite(name, value);
  return out;
}

function mapStrings(value: Json, f: (text: string) => string): Json {
  if (typeof value === "string") return f(value);
  return Array.isArray(value) ? value.map((v) => mapStrings(v, f)) : value;
}

/** The header values of one recorded `SdkHttpMetadata` that only the recording's own run could produce, as tokens. */
function tokeniseHeaders(metadata: JsonObject, bodyHidden: boolean, n: number): JsonObject {
  const rewrite = (name: string, value: Json): Json => {
    if (name === "Date") return mapStrings(value, (text) => (HTTP_DATE.test(text) ? `<http-date:${n}>` : text));
    if (name === "Content-Length" && bodyHidden) return mapStrings(value, (text) => (/^\d+$/.test(text) ? `<content-length:${n}>` : text));
    return value;
  };
  return { ...metadata, AllHttpHeaders: mapHeaders(metadata["AllHttpHeaders"] ?? null, rewrite), HttpHeaders: mapHeaders(metadata["HttpHeaders"] ?? null, rewrite) };
}

/** Numbers each metadata object's tokens, so that two responses' values bind separately. */
interface Counter {
  next: number;
}

function tokenise(value: Json, replacements: ReadonlySet<string>, counter: Counter): Json {
  if (Array.isArray(value)) return value.map((v) => tokenise(v, replacements, counter));
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  const metadata = value["SdkHttpMetadata"];
  const bodyHidden = Object.entries(value).some(([key, v]) => !METADATA_KEYS.has(key) && !FIXED_LENGTH_KEYS.has(key) && holdsHiddenText(v, replacements));
  for (const [key, v] of Object.entries(value)) {
    out[key] = key === "SdkHttpMetadata" && isJsonObject(metadata) ? tokeniseHeaders(metadata, bodyHidden, ++counter.next) : tokenise(v, replacements, counter);
  }
  return out;
}

/**
 * The SDK metadata AWS adds to task results carries two values bound to the recording's own run,
 * which turn into `<...>` tokens of the expected data, so they bind to ours like the recorder's:
 * - an HTTP `Date` header that the recorder kept (it replaced it with "date" in every other case);
 * - a `Content-Length` whose body holds values the recorder hid (names, ids, dates), whose length
 *   in the original run is therefore unknown; lengths of bodies the recording shows stay exact.
 */
export function tokeniseRunBoundValues(expected: Json, raw: JsonObject): Json {
  const replacements = new Set([...Object.values(caseKeyReplacements(raw)), ...Object.values(caseKeyValueReplacements(raw))]);
  return tokenise(expected, replacements, { next: 0 });
}
