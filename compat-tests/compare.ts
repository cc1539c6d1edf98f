/**
 * Structural comparison of a recorded value with ours, where `<...>` tokens bind to our text, and the
 * differences as one-line text.
 */
import { isJsonObject, type Json } from "../emulator/shared/json";
import { matchesPlaceholders } from "../emulator/testing/recorded-placeholders";

/** One difference between the recorded value and ours, at a JSONPath-like location. */
export interface Diff {
  path: string;
  kind: "missing" | "unexpected" | "mismatch" | "length" | "note";
  expected?: Json;
  actual?: Json;
  /** Free text for notes (a step that could not be issued, a wait that timed out, ...). */
  message?: string;
  /** What this note has in common with the same failure in other cases, for the report's categories. */
  category?: string;
}

/**
 * Structural comparison of a recorded value with ours: objects key by key (missing and extra keys
 * both count), lists by position, numbers by value, strings exactly unless the recorded string holds
 * `<...>` tokens, which bind to our text on first sight and must stay the same afterwards.
 */
export class Comparison {
  readonly bindings = new Map<string, string>();
  readonly diffs: Diff[] = [];
  /** Differences that do not fail a case (e.g. a check we can only approximate). */
  readonly notes: string[] = [];

  note(path: string, message: string, category?: string): void {
    this.diffs.push({ path, kind: "note", message, ...(category !== undefined ? { category } : {}) });
  }

  value(expected: Json, actual: Json | undefined, path = "$"): void {
    if (actual === undefined) {
      this.diffs.push({ path, kind: "missing", expected });
      return;
    }
    if (Array.isArray(expected)) {
      if (!Array.isArray(actual)) {
        this.diffs.push({ path, kind: "mismatch", expected, actual });
        return;
      }
      if (expected.length !== actual.length) {
        this.diffs.push({ path, kind: "length", expected: expected.length, actual: actual.length });
      }
      const n = Math.min(expected.length, actual.length);
      for (let i = 0; i < n; i++) this.value(expected[i] ?? null, actual[i] ?? null, `${path}[${i}]`);
      return;
    }
    if (isJsonObject(expected)) {
      if (!isJsonObject(actual)) {
        this.diffs.push({ path, kind: "mismatch", expected, actual });
        return;
      }
      for (const [key, e] of Object.entries(expected)) {
        const childPath = `${path}.${key}`;
        if (!Object.hasOwn(actual, key)) this.diffs.push({ path: childPath, kind: "missing", expected: e });
        else this.value(e, actual[key], childPath);
      }
      for (const [key, a] of Object.entries(actual)) {
        if (!Object.hasOwn(expected, key)) this.diffs.push({ path: `${path}.${key}`, kind: "unexpected", actual: a });
      }
      return;
    }
    if (typeof expected === "string") {
      if (typeof actual === "string") this.string(expected, actual, path);
      else this.diffs.push({ path, kind: "mismatch", expected, actual });
      return;
    }
    // numbers compare by value; booleans and null by identity (typeof keeps true apart from 1)
    if (expected !== actual) this.diffs.push({ path, kind: "mismatch", expected, actual });
  }

  private string(expected: string, actual: string, path: string): void {
    if (!matchesPlaceholders(expected, actual, this.bindings)) this.diffs.push({ path, kind: "mismatch", expected, actual });
  }
}

/** Compares and returns the differences, with fresh token bindings. */
export function compareValues(expected: Json, actual: Json | undefined, path = "$"): Diff[] {
  const cmp = new Comparison();
  cmp.value(expected, actual, path);
  return cmp.diffs;
}

const SHORT = 100;

/** A value as short JSON text for a one-line diff. */
export function shortJson(value: Json | undefined, max = SHORT): string {
  if (value === undefined) return "(absent)";
  const text = JSON.stringify(value);
  return text.length <= max ? text : text.slice(0, max - 3) + "...";
}

/** One line per difference: path, then what the recording holds and what we answered. */
export function formatDiff(diff: Diff, max = SHORT): string {
  switch (diff.kind) {
    case "missing":
      return `${diff.path}: missing (expected ${shortJson(diff.expected, max)})`;
    case "unexpected":
      return `${diff.path}: unexpected (got ${shortJson(diff.actual, max)})`;
    case "length":
      return `${diff.path}: expected ${shortJson(diff.expected)} items, got ${shortJson(diff.actual)}`;
    case "mismatch":
      return formatMismatch(diff.path, diff.expected, diff.actual, max);
    case "note":
      return `${diff.path}: ${diff.message ?? ""}`;
    default:
      return assertNever(diff.kind);
  }
}

/** Long strings that differ are shown around the first differing character, so the difference is visible. */
function formatMismatch(path: string, expected: Json | undefined, actual: Json | undefined, max: number): string {
  if (typeof expected === "string" && typeof actual === "string" && (expected.length > max || actual.length > max)) {
    let i = 0;
    while (i < expected.length && i < actual.length && expected[i] === actual[i]) i++;
    const from = Math.max(0, i - 30);
    const cut = (s: string): string => (from > 0 ? "..." : "") + s.slice(from, from + max) + (s.length > from + max ? "..." : "");
    return `${path}: at char ${i}\n      expected ${JSON.stringify(cut(expected))}\n      got      ${JSON.stringify(cut(actual))}`;
  }
  return `${path}: expected ${shortJson(expected, max)} got ${shortJson(actual, max)}`;
}

/** A diff reduced to what many cases share: indices dropped, values left out. */
export function diffCategory(d: Diff): string {
  const path = d.path.replace(/\[\d+:/g, "[*:").replace(/\[\d+\]/g, "[*]").replace(/^step\d+ /, "step ");
  switch (d.kind) {
    case "note":
      return `${path}: ${d.category ?? (d.message ?? "").replace(/\d+/g, "N").replace(/:.*$/s, "").slice(0, 90)}`;
    case "length":
      return `${path}: list length differs`;
    default:
      return `${path}: ${d.kind}`;
  }
}

function assertNever(value: never): never {
  throw new Error(`unhandled diff kind ${String(value)}`);
}
