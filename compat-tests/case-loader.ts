/** Loading the recorded compat cases from fixtures/compat/cases: the case kinds and what each case holds. */
import * as fs from "node:fs";
import * as path from "node:path";
import { isJsonObject, type Json, type JsonObject } from "../emulator/shared/json";
import { MissingFixturesError } from "./missing-fixtures-error";

/** Where the recorded cases live: vendored in the repository (fixtures/compat/NOTICE.md says where from). */
export const DEFAULT_CASES_DIR = path.resolve(__dirname, "../fixtures/compat/cases");

export const CASE_KINDS = [
  "execution",
  "start_sync_execution",
  "validate_state_machine_definition",
  "create_state_machine_error",
  "test_state",
  "api_sequence",
  "mocked_execution",
  "execution_external",
] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** One recorded case; fields beyond these are read where a runner needs them (see fixtures/compat/README.md). */
export interface CompatCase {
  id: string;
  kind: CaseKind;
  area: string;
  /** The file the case came from. */
  file: string;
  raw: JsonObject;
}

export interface LoadOptions {
  /** Substring of the case id. */
  filter?: string;
  /** Exact area name (folder); `_external` for the cases that need other services. */
  area?: string;
  kinds?: readonly CaseKind[];
  /** Whether to include the `_external` folder. */
  includeExternal?: boolean;
}

function isCaseKind(value: Json | undefined): value is CaseKind {
  return typeof value === "string" && (CASE_KINDS as readonly string[]).includes(value);
}

function listJsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listJsonFiles(full));
    else if (entry.isFile() && entry.name.endsWith(".json") && entry.name !== "manifest.json") out.push(full);
  }
  return out;
}

/**
 * Reads the cases in id order; unknown kinds are an error, so a new kind in the corpus is noticed.
 * A missing or empty folder is an error too, so a suite without its inputs fails instead of passing on nothing.
 */
export function loadCases(dir = DEFAULT_CASES_DIR, options: LoadOptions = {}): CompatCase[] {
  const files = fs.existsSync(dir) ? listJsonFiles(dir) : [];
  if (files.length === 0) throw new MissingFixturesError("recorded AWS cases", dir);
  const cases: CompatCase[] = [];
  for (const file of files.sort()) {
    const top = path.relative(dir, file).split(path.sep)[0];
    const external = top === "_external";
    if (external && !options.includeExternal && options.area !== "_external") continue;
    const raw: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
    if (!isJsonObject(raw as Json)) throw new Error(`${file}: not a JSON object`);
    const obj = raw as JsonObject;
    const kind = obj["kind"];
    if (!isCaseKind(kind)) throw new Error(`${file}: unknown case kind ${JSON.stringify(kind)}`);
    const id = String(obj["id"]);
    const area = String(obj["area"] ?? top);
    if (options.filter && !id.includes(options.filter)) continue;
    if (options.area && options.area !== area && !(options.area === "_external" && external)) continue;
    if (options.kinds && !options.kinds.includes(kind)) continue;
    cases.push({ id, kind, area: external ? `_external/${area}` : area, file, raw: obj });
  }
  return cases;
}

/** A field of the case as a JSON object, or undefined. */
export function objectField(obj: JsonObject, key: string): JsonObject | undefined {
  const v = obj[key];
  return isJsonObject(v) ? v : undefined;
}

/** A field of the case as a list, empty when absent. */
export function listField(obj: JsonObject, key: string): Json[] {
  const v = obj[key];
  return Array.isArray(v) ? v : [];
}

/** A field of the case as a string, or undefined. */
export function stringField(obj: JsonObject, key: string): string | undefined {
  const v = obj[key];
  return typeof v === "string" ? v : undefined;
}
