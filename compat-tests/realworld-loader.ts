/** Loading the vendored real-world definitions (fixtures/realworld), each with its expected validity. */
import * as fs from "node:fs";
import * as path from "node:path";
import { isJsonObject, type Json, type JsonObject } from "../emulator/shared/json";
import { MissingFixturesError } from "./missing-fixtures-error";

/** Definitions people published, vendored with their source and licence (fixtures/realworld/README.md). */
export const REALWORLD_DEFINITIONS_DIR = path.resolve(__dirname, "../fixtures/realworld/definitions");

/** One record: `definition`, `expect` (valid, invalid, uncertain), `source`, `license` and more. */
export interface RealworldDefinition {
  /** The record's file name, which says where it came from. */
  name: string;
  record: JsonObject;
}

/** Reads every record in file-name order; a missing or empty folder is an error, so the suite fails loudly. */
export function loadRealworldDefinitions(dir = REALWORLD_DEFINITIONS_DIR): RealworldDefinition[] {
  const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith(".json")).sort() : [];
  if (names.length === 0) throw new MissingFixturesError("real-world definitions", dir);
  return names.map((name) => {
    const parsed: unknown = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8"));
    if (!isJsonObject(parsed as Json)) throw new Error(`${name}: not a JSON object`);
    return { name, record: parsed as JsonObject };
  });
}
