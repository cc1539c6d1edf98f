/**
 * The store boundary for a frame's progress: parsed back into its tagged kind with its shape checked.
 * Frames written before progress had a `kind` tag get theirs from the fields only that kind has.
 */
import { isCsvDelimiter, isReaderInputType } from "../asl";
import type { MapProgress, ParallelProgress, ProgressKind, ReaderRequest, StateProgress, TaskProgress, WritePlan } from "../asl";
import type { Json, JsonObject } from "../shared/json";
import { array, boolean, number, object, string, type Bad } from "./stored-fields";

/** Names what is wrong with the stored progress (a field, or the kind). */
export type BadProgress = (what: string) => Error;

/** A frame's stored progress, or null for none; throws through `bad` on a shape no kind has. */
export function parseProgress(stored: Json | undefined, bad: BadProgress): StateProgress | null {
  if (stored === undefined || stored === null) return null;
  const json = object(stored, () => bad("not an object"));
  const field = (name: string): Bad => () => bad(name);
  const kind = progressKind(json, bad);
  switch (kind) {
    case "retry-wait":
      return { kind, retryTimer: string(json.retryTimer, field("retryTimer")) };
    case "wait":
      return { kind, timerId: string(json.timerId, field("timerId")) };
    case "task":
      return taskProgress(json, field);
    case "map":
      return mapProgress(json, field);
    case "parallel":
      return parallelProgress(json, field);
  }
}

/** The tag, or for an untagged (older) row the kind whose own fields it has. */
function progressKind(json: JsonObject, bad: BadProgress): ProgressKind {
  const tag = json.kind;
  if (tag === "retry-wait" || tag === "wait" || tag === "task" || tag === "map" || tag === "parallel") return tag;
  if (tag !== undefined) throw bad(`kind ${JSON.stringify(tag)}`);
  if ("retryTimer" in json) return "retry-wait";
  if ("timerId" in json) return "wait";
  if ("taskId" in json) return "task";
  if ("total" in json && "nextIndex" in json) return "map";
  if ("results" in json && "remaining" in json) return "parallel";
  throw bad("kind: no field says which");
}

function taskProgress(json: JsonObject, field: (name: string) => Bad): TaskProgress {
  const progress: TaskProgress = { kind: "task", taskId: string(json.taskId, field("taskId")) };
  if (json.token !== undefined) progress.token = string(json.token, field("token"));
  if (json.timeoutTimer !== undefined) progress.timeoutTimer = string(json.timeoutTimer, field("timeoutTimer"));
  if (json.heartbeatTimer !== undefined) progress.heartbeatTimer = string(json.heartbeatTimer, field("heartbeatTimer"));
  if (json.heartbeatSeconds !== undefined) progress.heartbeatSeconds = number(json.heartbeatSeconds, field("heartbeatSeconds"));
  if (json.started !== undefined) progress.started = boolean(json.started, field("started"));
  if (json.submitted !== undefined) progress.submitted = boolean(json.submitted, field("submitted"));
  return progress;
}

function mapProgress(json: JsonObject, field: (name: string) => Bad): MapProgress {
  const count = (name: string): number => number(json[name], field(name));
  const progress: MapProgress = {
    kind: "map",
    total: count("total"),
    nextIndex: count("nextIndex"),
    running: count("running"),
    maxConcurrency: count("maxConcurrency"),
    distributed: boolean(json.distributed, field("distributed")),
    succeeded: count("succeeded"),
    failures: count("failures"),
    toleratedCount: count("toleratedCount"),
    toleratedPercentage: count("toleratedPercentage"),
  };
  if (json.mapRunArn !== undefined) progress.mapRunArn = string(json.mapRunArn, field("mapRunArn"));
  if (json.maxConcurrencySetting !== undefined) progress.maxConcurrencySetting = count("maxConcurrencySetting");
  if (json.reader !== undefined) progress.reader = readerRequest(object(json.reader, field("reader")), field("reader"));
  if (json.batched !== undefined) progress.batched = boolean(json.batched, field("batched"));
  if (json.keepsRecords !== undefined) progress.keepsRecords = boolean(json.keepsRecords, field("keepsRecords"));
  if (json.writer !== undefined) progress.writer = writePlan(object(json.writer, field("writer")), field("writer"));
  if (json.redoNext !== undefined) progress.redoNext = count("redoNext");
  if (json.redoEnd !== undefined) progress.redoEnd = count("redoEnd");
  if (json.runRedriveCount !== undefined) progress.runRedriveCount = count("runRedriveCount");
  const childType = json.childType;
  if (childType !== undefined) {
    if (childType !== "STANDARD" && childType !== "EXPRESS") throw field("childType")();
    progress.childType = childType;
  }
  return progress;
}

function readerRequest(json: JsonObject, bad: Bad): ReaderRequest {
  const settings = object(json.settings, bad);
  const request: ReaderRequest = { taskId: string(json.taskId, bad), settings: { action: string(settings.action, bad) } };
  const { InputType, CSVHeaderLocation, CSVHeaders, CSVDelimiter, ItemsPointer, MaxItems } = settings;
  if (InputType !== undefined) {
    if (!isReaderInputType(InputType)) throw bad();
    request.settings.InputType = InputType;
  }
  if (CSVHeaderLocation !== undefined) {
    if (CSVHeaderLocation !== "FIRST_ROW" && CSVHeaderLocation !== "GIVEN") throw bad();
    request.settings.CSVHeaderLocation = CSVHeaderLocation;
  }
  if (CSVHeaders !== undefined) request.settings.CSVHeaders = array(CSVHeaders, bad).map((header) => string(header, bad));
  if (CSVDelimiter !== undefined) {
    if (!isCsvDelimiter(CSVDelimiter)) throw bad();
    request.settings.CSVDelimiter = CSVDelimiter;
  }
  if (ItemsPointer !== undefined) request.settings.ItemsPointer = string(ItemsPointer, bad);
  if (MaxItems !== undefined) request.settings.MaxItems = number(MaxItems, bad);
  return request;
}

function writePlan(json: JsonObject, bad: Bad): WritePlan {
  const files = array(json.files, bad).map((file) => {
    const entry = object(file, bad);
    return { key: string(entry.key, bad), body: string(entry.body, bad) };
  });
  return {
    taskId: string(json.taskId, bad),
    bucket: string(json.bucket, bad),
    manifestKey: string(json.manifestKey, bad),
    files,
    next: number(json.next, bad),
  };
}

function parallelProgress(json: JsonObject, field: (name: string) => Bad): ParallelProgress {
  if (!("input" in json)) throw field("input")();
  const texts = array(json.texts, field("texts")).map((text) => (text === null ? null : string(text, field("texts"))));
  return {
    kind: "parallel",
    input: json.input ?? null,
    results: array(json.results, field("results")),
    texts,
    remaining: number(json.remaining, field("remaining")),
    succeeded: array(json.succeeded, field("succeeded")).map((done) => boolean(done, field("succeeded"))),
  };
}
