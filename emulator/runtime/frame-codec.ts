/**
 * The store boundary for an execution's snapshot: frames, frame values and the cursor turned into
 * the store's opaque JSON and parsed back with their shape checked, so no cast hides a bad row.
 */
import { parseTaskResource } from "../asl";
import type { TaskInvocation } from "../asl";
import { emptySnapshot, type ExecutionSnapshot } from "../asl";
import type { Frame } from "../asl";
import type { ChangedFrame, ExecutionCursor, FrameValueChange } from "../asl";
import { isJsonObject, type Json, type JsonObject } from "../shared/json";
import type { FrameRecord, FrameValueRecord } from "../store/records";
import { parseProgress } from "./progress-codec";
import { array, number, numbers, object, string } from "./stored-fields";

/** A frame as the store keeps it: the small part always, the input only when it changed. */
export function frameToRecord({ frame, inputChanged }: ChangedFrame): FrameRecord {
  const { input, inputText, task, mapItem, ...rest } = frame;
  const data: JsonObject = { ...rest, task: task === null ? null : invocationToJson(task) };
  const record: FrameRecord = { frameId: frame.id, data };
  // The item never changes after the iteration starts, so it travels with the input, written once.
  if (inputChanged) {
    const part: JsonObject = { input };
    if (inputText !== undefined) part.inputText = inputText;
    if (mapItem !== undefined) part.mapItem = { index: mapItem.index, value: mapItem.value };
    record.input = part;
  }
  return record;
}

export function valueToRecord(change: FrameValueChange): FrameValueRecord {
  return { frameId: change.frameId, key: change.key, data: change.value };
}

/** Rebuilds a snapshot from the store's rows; throws, naming the frame, on a row of the wrong shape. */
export function snapshotFromRecords(runtime: Json, frames: FrameRecord[], values: FrameValueRecord[]): ExecutionSnapshot {
  const snapshot = emptySnapshot(parseCursor(runtime));
  // Frames in creation order, so timers due together re-arm (and fire) in the order they were set.
  const ordered = [...frames].sort((a, b) => frameSeq(a.frameId) - frameSeq(b.frameId));
  for (const record of ordered) snapshot.frames.set(record.frameId, parseFrame(record));
  for (const value of values) {
    let map = snapshot.values.get(value.frameId);
    if (map === undefined) {
      map = new Map();
      snapshot.values.set(value.frameId, map);
    }
    map.set(value.key, value.data);
  }
  return snapshot;
}

export function parseCursor(runtime: Json): ExecutionCursor {
  if (isJsonObject(runtime) && typeof runtime.nextEventId === "number" && typeof runtime.nextSeq === "number") {
    return { nextEventId: runtime.nextEventId, nextSeq: runtime.nextSeq };
  }
  throw new Error(`Stored execution cursor has the wrong shape: ${JSON.stringify(runtime)}`);
}

export function parseFrame(record: FrameRecord): Frame {
  const data = record.data;
  const bad = (field: string): Error => new Error(`Stored frame ${record.frameId} has a bad ${field}`);
  if (!isJsonObject(data)) throw bad("row");
  // Rows written before migration 4 keep the input (and the item) inside the frame.
  const inputPart = record.input ?? { input: data.input ?? null, ...(data.inputText === undefined ? {} : { inputText: data.inputText }) };
  if (!isJsonObject(inputPart)) throw bad("input");
  const frame: Frame = {
    id: string(data.id, () => bad("id")),
    parentId: data.parentId === null ? null : string(data.parentId, () => bad("parentId")),
    machineKey: string(data.machineKey, () => bad("machineKey")),
    stateName: string(data.stateName, () => bad("stateName")),
    input: inputPart.input ?? null,
    enteredTime: number(data.enteredTime, () => bad("enteredTime")),
    lastEventId: number(data.lastEventId, () => bad("lastEventId")),
    variables: object(data.variables, () => bad("variables")),
    retryAttempts: array(data.retryAttempts, () => bad("retryAttempts")).map((n) => number(n, () => bad("retryAttempts"))),
    progress: parseProgress(data.progress, (what) => bad(`progress (${what})`)),
    timers: numbers(object(data.timers, () => bad("timers")), () => bad("timers")),
    task: data.task === null || data.task === undefined ? null : parseInvocation(object(data.task, () => bad("task")), () => bad("task")),
  };
  if (inputPart.inputText !== undefined) frame.inputText = string(inputPart.inputText, () => bad("inputText"));
  if (data.enteredEventId !== undefined) frame.enteredEventId = number(data.enteredEventId, () => bad("enteredEventId"));
  if (data.enteredPreviousEventId !== undefined) frame.enteredPreviousEventId = number(data.enteredPreviousEventId, () => bad("enteredPreviousEventId"));
  if (data.silent !== undefined) frame.silent = data.silent === true;
  if (data.childHistory !== undefined) {
    const history = object(data.childHistory, () => bad("childHistory"));
    frame.childHistory = { mapRunArn: string(history.mapRunArn, () => bad("childHistory")), index: number(history.index, () => bad("childHistory")) };
  }
  if (data.childIndex !== undefined) frame.childIndex = number(data.childIndex, () => bad("childIndex"));
  const mapItem = inputPart.mapItem ?? data.mapItem;
  if (mapItem !== undefined) {
    const item = object(mapItem, () => bad("mapItem"));
    frame.mapItem = { index: number(item.index, () => bad("mapItem")), value: item.value ?? null };
  }
  return frame;
}

/** The resolved resource is not stored: it is derived again from the ARN when the frame is read. */
function invocationToJson(task: TaskInvocation): JsonObject {
  const { target: _derived, ...stored } = task;
  const json: JsonObject = {};
  for (const [key, value] of Object.entries(stored)) if (value !== undefined) json[key] = value;
  return json;
}

function parseInvocation(json: JsonObject, bad: () => Error): TaskInvocation {
  const resource = string(json.resource, bad);
  const task: TaskInvocation = {
    frameId: string(json.frameId, bad),
    taskId: string(json.taskId, bad),
    resource,
    target: parseTaskResource(resource),
    parameters: json.parameters ?? null,
    stateName: string(json.stateName, bad),
  };
  if (json.taskToken !== undefined) task.taskToken = string(json.taskToken, bad);
  if (json.timeoutSeconds !== undefined) task.timeoutSeconds = number(json.timeoutSeconds, bad);
  if (json.heartbeatSeconds !== undefined) task.heartbeatSeconds = number(json.heartbeatSeconds, bad);
  if (json.credentials !== undefined) task.credentials = json.credentials;
  return task;
}

/** Frame ids end in the step sequence number that created them (`frame-12`); the root has none. */
function frameSeq(frameId: string): number {
  const match = /(\d+)$/.exec(frameId);
  return match ? Number(match[1]) : -1;
}
