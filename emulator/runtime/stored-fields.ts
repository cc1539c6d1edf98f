/** Readers of one field of a row the store gave back: the value with its type checked, else the caller's error. */
import { isJsonObject, type Json, type JsonObject } from "../shared/json";

/** Makes the error that names the row and what is wrong with it. */
export type Bad = () => Error;

export function string(value: Json | undefined, bad: Bad): string {
  if (typeof value !== "string") throw bad();
  return value;
}

export function number(value: Json | undefined, bad: Bad): number {
  if (typeof value !== "number") throw bad();
  return value;
}

export function boolean(value: Json | undefined, bad: Bad): boolean {
  if (typeof value !== "boolean") throw bad();
  return value;
}

export function object(value: Json | undefined, bad: Bad): JsonObject {
  if (!isJsonObject(value)) throw bad();
  return value;
}

export function array(value: Json | undefined, bad: Bad): Json[] {
  if (!Array.isArray(value)) throw bad();
  return value;
}

export function numbers(value: JsonObject, bad: Bad): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, n] of Object.entries(value)) out[key] = number(n, bad);
  return out;
}
