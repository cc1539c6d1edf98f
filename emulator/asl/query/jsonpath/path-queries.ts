/**
 * JSONPath paths parsed (once, cached), selected and resolved against a scope, their validity rules,
 * and AWS's words for a path that finds nothing.
 */
import type { Json } from "../../../shared/json";
import type { EvaluationScope } from "../../io/evaluation-scope";
import { evaluateSegments } from "./evaluate-path";
import { JsonPathSyntaxError } from "./json-path-syntax-error";
import type { ParsedPath, PathSegment } from "./path-ast";
import { parsePath } from "./parse-path";
import { splitPathRoot, type PathRoot, type RootedPath } from "./path-root";

export type PathResult = { found: true; value: Json } | { found: false };

const parsedPaths = new Map<string, ParsedPath>();

/** Parses a `$`-rooted path once and remembers it: the same paths run for every state entry. */
export function parseJsonPath(path: string): ParsedPath {
  let parsed = parsedPaths.get(path);
  if (parsed === undefined) {
    parsed = parsePath(path);
    if (parsedPaths.size > 10_000) parsedPaths.clear();
    parsedPaths.set(path, parsed);
  }
  return parsed;
}

/**
 * Evaluates a `$`-rooted JSONPath as AWS does: a definite path yields its node or nothing; an indefinite
 * path (wildcard, slice, filter, descent, union) always yields the array of its matches, possibly empty.
 */
export function selectPath(path: string, data: Json): PathResult {
  const parsed = parseJsonPath(path);
  const matches = evaluateSegments(parsed.segments, data, data);
  if (!parsed.definite) return { found: true, value: matches };
  const first = matches[0];
  return first === undefined ? { found: false } : { found: true, value: first };
}

/** The document a rooted path reads in this scope, or undefined for a variable that was never assigned. */
export function rootValue(root: PathRoot, scope: EvaluationScope): Json | undefined {
  switch (root.kind) {
    case "input":
      return scope.input;
    case "context":
      return scope.context;
    case "variable":
      return Object.prototype.hasOwnProperty.call(scope.variables, root.name) ? scope.variables[root.name] : undefined;
  }
}

/** Evaluates `$...` against the input, `$$...` against the context object and `$name...` against a variable. */
export function resolvePath(path: string, scope: EvaluationScope): PathResult {
  const rooted = requireRoot(path);
  const data = rootValue(rooted.root, scope);
  if (data === undefined) return { found: false };
  return selectPath(rooted.path, data);
}

function requireRoot(path: string): RootedPath {
  const rooted = splitPathRoot(path);
  if (rooted === null) throw new JsonPathSyntaxError("A path must start with '$'", path, 0);
  return rooted;
}

/** True when the text is a JSONPath AWS accepts in a `.$` field or a Path field (any root). */
export function isValidJsonPath(path: string): boolean {
  const rooted = splitPathRoot(path);
  if (rooted === null) return false;
  try {
    parseJsonPath(rooted.path);
    return true;
  } catch (error) {
    if (error instanceof JsonPathSyntaxError) return false;
    throw error;
  }
}

/**
 * True for a reference path: a root followed only by names (`.a`, `['a']`) and single non-negative
 * indexes (`[0]`), so that it names exactly one node. The caller checks which roots a field allows.
 */
export function isValidReferencePath(path: string): boolean {
  const rooted = splitPathRoot(path);
  if (rooted === null) return false;
  try {
    return parseJsonPath(rooted.path).segments.every(isReferenceSegment);
  } catch (error) {
    if (error instanceof JsonPathSyntaxError) return false;
    throw error;
  }
}

function isReferenceSegment(segment: PathSegment): boolean {
  if (segment.kind === "property") return segment.names.length === 1;
  if (segment.kind === "index") return segment.indexes.length === 1 && (segment.indexes[0] as number) >= 0;
  return false;
}

/** The steps of a reference path (`$.a[0]['b']` -> ["a", 0, "b"]); throws for anything else. */
export function referencePathSteps(path: string): Array<string | number> {
  const parsed = parseJsonPath(path);
  return parsed.segments.map((segment) => {
    if (segment.kind === "property" && segment.names.length === 1) return segment.names[0] as string;
    if (segment.kind === "index" && segment.indexes.length === 1) return segment.indexes[0] as number;
    throw new JsonPathSyntaxError("A reference path may hold only names and single indexes", path, 0);
  });
}

/**
 * Explains why a definite path found nothing, in the words of AWS's JSONPath library (used by InputPath and
 * OutputPath causes): `No results for path: $['a']` when the last step is missing, else
 * `Missing property in path $['a']` naming the path up to the first missing step.
 */
export function describePathMiss(path: string, data: Json): string {
  const parsed = parseJsonPath(path);
  let current: Json[] = [data];
  let rendered = "$";
  for (const [index, segment] of parsed.segments.entries()) {
    rendered += renderSegment(segment);
    current = evaluateSegments([segment], current[0] as Json, data);
    if (current.length === 0) {
      return index === parsed.segments.length - 1 ? `No results for path: ${rendered}` : `Missing property in path ${rendered}`;
    }
  }
  return `No results for path: ${rendered}`;
}

function renderSegment(segment: PathSegment): string {
  switch (segment.kind) {
    case "property":
      // The library writes the names back as they are, unescaped, between the bracket's own quotes.
      return `[${segment.names.map((name) => `${segment.quote ?? "'"}${name}${segment.quote ?? "'"}`).join(",")}]`;
    case "index":
      return `[${segment.indexes.join(",")}]`;
    case "wildcard":
      return "[*]";
    case "slice":
      return `[${segment.start ?? ""}:${segment.end ?? ""}]`;
    case "filter":
      return "[?]";
    case "descent":
      return `..${renderSegment(segment.then)}`;
    case "function":
      return `.${segment.name}()`;
  }
}
