/**
 * A Map's per-item data kept in frame values (rows of their own) rather than in its progress:
 * the items once, then each iteration's result and child record once when it changes, so the
 * bytes a Map writes grow with its items and not with items times steps.
 */
import type { Json } from "../../shared/json";
import type { Frame } from "../interpreter/frame";
import type { StepContext } from "../interpreter/step-context";
import type { ChildRecord } from "./map-result-writer";

/** The Map's effective input, which ItemSelector reads. */
export function storeMapInput(ctx: StepContext, frame: Frame, input: Json): void {
  ctx.setFrameValue(frame, "input", input);
}

export function mapInput(ctx: StepContext, frame: Frame): Json {
  return ctx.frameValue(frame, "input") ?? null;
}

/** The items, written once as one row: they never change while the iterations run. */
export function storeItems(ctx: StepContext, frame: Frame, items: Json[]): void {
  ctx.setFrameValue(frame, "items", items);
}

export function itemAt(ctx: StepContext, frame: Frame, index: number): Json {
  const items = ctx.frameValue(frame, "items");
  return Array.isArray(items) ? (items[index] ?? null) : null;
}

export function storeResult(ctx: StepContext, frame: Frame, index: number, result: Json): void {
  ctx.setFrameValue(frame, `result:${index}`, result);
}

/** Every iteration's result in item order; null where none was stored. */
export function allResults(ctx: StepContext, frame: Frame, total: number): Json[] {
  const results: Json[] = [];
  for (let index = 0; index < total; index++) results.push(ctx.frameValue(frame, `result:${index}`) ?? null);
  return results;
}

export function storeRecord(ctx: StepContext, frame: Frame, index: number, record: ChildRecord): void {
  ctx.setFrameValue(frame, `record:${index}`, record);
}

export function recordAt(ctx: StepContext, frame: Frame, index: number): ChildRecord | undefined {
  const value = ctx.frameValue(frame, `record:${index}`);
  return isChildRecord(value) ? value : undefined;
}

export function allRecords(ctx: StepContext, frame: Frame, total: number): ChildRecord[] {
  const records: ChildRecord[] = [];
  for (let index = 0; index < total; index++) {
    const record = recordAt(ctx, frame, index);
    if (record) records[index] = record;
  }
  return records;
}

function isChildRecord(value: Json | undefined): value is ChildRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value) && typeof value.name === "string";
}
