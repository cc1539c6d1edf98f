/** A Map's ItemBatcher: the grouping of items into batches under its item and byte limits. */
import { isJsonObject, type Json, type JsonObject } from "../../shared/json";
import type { CompiledState } from "../definition/program";
import type { MapState } from "../definition/types";
import { flavourOf } from "../io/flavour-of";
import type { StateIo } from "../io/query-flavour";

type MapCompiled = CompiledState & { definition: MapState };

/** What a batch may hold: 0 means no limit on that measure. */
export interface BatchLimits {
  maxItems: number;
  maxBytes: number;
}

/**
 * ItemBatcher: groups the (already selected) items into `{ "Items": [...] }` inputs, with BatchInput
 * beside them when given; a batch closes at MaxItemsPerBatch items or before MaxInputBytesPerBatch is passed.
 */
export async function batchItems(state: MapCompiled, io: StateIo, input: Json, items: Json[]): Promise<Json[]> {
  // Called only for a Map with an ItemBatcher (isBatched).
  const batcher = state.definition.ItemBatcher ?? {};
  const flavour = flavourOf(state.queryLanguage);
  const inputIo: StateIo = { ...io, scope: { ...io.scope, input } };
  const textAt = (field: string): string | undefined => {
    const value = batcher[field];
    return typeof value === "string" ? value : undefined;
  };
  const limit = async (field: string): Promise<number> =>
    (await flavour.number(
      {
        field,
        value: numberOrText(batcher[field]),
        pathField: `${field}Path`,
        path: textAt(`${field}Path`),
        kind: "integer",
      },
      inputIo,
    )) ?? 0;
  const limits = { maxItems: await limit("MaxItemsPerBatch"), maxBytes: await limit("MaxInputBytesPerBatch") };
  const batchInput = batcher["BatchInput"] === undefined ? undefined : await flavour.template("BatchInput", batcher["BatchInput"], inputIo, input);
  return groupItems(items, limits, batchInput);
}

/** Splits items into batches under the limits; an item larger than maxBytes still gets a batch of its own. */
export function groupItems(items: Json[], limits: BatchLimits, batchInput: Json | undefined): Json[] {
  const batches: Json[] = [];
  const wrap = (list: Json[]): JsonObject => (batchInput === undefined ? { Items: list } : { BatchInput: batchInput, Items: list });
  const emptyBytes = byteLength(JSON.stringify(wrap([])));
  let current: Json[] = [];
  let bytes = emptyBytes;
  for (const item of items) {
    const itemBytes = byteLength(JSON.stringify(item)) + (current.length > 0 ? 1 : 0);
    const full = limits.maxItems > 0 && current.length >= limits.maxItems;
    const tooBig = limits.maxBytes > 0 && current.length > 0 && bytes + itemBytes > limits.maxBytes;
    if (full || tooBig) {
      batches.push(wrap(current));
      current = [];
      bytes = emptyBytes;
    }
    bytes += byteLength(JSON.stringify(item)) + (current.length > 0 ? 1 : 0);
    current.push(item);
  }
  if (current.length > 0) batches.push(wrap(current));
  return batches;
}

const encoder = new TextEncoder();

function byteLength(text: string): number {
  return encoder.encode(text).length;
}

function numberOrText(value: Json | undefined): number | string | undefined {
  return typeof value === "number" || typeof value === "string" ? value : undefined;
}

export function isBatched(state: MapCompiled): boolean {
  return isJsonObject(state.definition.ItemBatcher);
}
