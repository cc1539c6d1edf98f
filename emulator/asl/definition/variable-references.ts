/**
 * DescribeStateMachine's `variableReferences`: the workflow variables each state reads, found in its
 * JSONPath fields, intrinsics and JSONata expressions.
 */
import type { Json } from "../../shared/json";
import { isJsonObject } from "../../shared/json";
import { parseIntrinsic, type IntrinsicArgument } from "../query/intrinsics";
import { isJsonataExpression, jsonataExpressionBody, jsonataLibrary } from "../query/jsonata";

/**
 * The workflow variables each state reads, as DescribeStateMachine's `variableReferences` lists
 * them: state name (at any depth) to sorted variable names, states that read none left out.
 */
export function variableReferences(definition: Json): Record<string, string[]> {
  const references: Record<string, string[]> = {};
  collectMachine(definition, references);
  return references;
}

function collectMachine(machine: Json, into: Record<string, string[]>): void {
  if (!isJsonObject(machine) || !isJsonObject(machine.States)) return;
  for (const [name, state] of Object.entries(machine.States)) {
    if (!isJsonObject(state)) continue;
    const names = new Set<string>();
    for (const [field, value] of Object.entries(state)) {
      if (field === "Branches" && Array.isArray(value)) value.forEach((branch) => collectMachine(branch, into));
      else if (field === "ItemProcessor" || field === "Iterator") collectMachine(value, into);
      else collectField(field, value, names);
    }
    if (names.size > 0) into[name] = [...names].sort();
  }
}

/** A `$name...` path: a variable, not the input (`$.`, `$[`), the context (`$$`) or `$` alone. */
const VARIABLE_PATH = /^\$([A-Za-z_][A-Za-z0-9_]*)/;

function collectField(field: string, value: Json, names: Set<string>): void {
  if (typeof value === "string") {
    if (isJsonataExpression(value)) return collectJsonata(value, names);
    if (field.endsWith("Path") || field.endsWith(".$") || field === "Variable") collectJsonPath(value, names);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) collectField(field, item, names);
    return;
  }
  if (isJsonObject(value)) {
    for (const [key, inner] of Object.entries(value)) collectField(key, inner, names);
  }
}

function collectJsonPath(text: string, names: Set<string>): void {
  if (text.startsWith("States.")) {
    try {
      collectIntrinsic(parseIntrinsic(text), names);
    } catch {
      // A malformed intrinsic was rejected at validation; it reads nothing.
    }
    return;
  }
  const match = VARIABLE_PATH.exec(text);
  if (match) names.add(match[1] as string);
}

function collectIntrinsic(argument: IntrinsicArgument, names: Set<string>): void {
  if (argument.kind === "call") argument.args.forEach((inner) => collectIntrinsic(inner, names));
  else if (argument.kind === "path") collectJsonPath(argument.path, names);
}

interface JsonataNode {
  type?: string;
  value?: unknown;
  procedure?: JsonataNode;
  [key: string]: unknown;
}

/** Variables in a JSONata expression: `$name` reads, less `$states`, function calls and names it binds itself. */
function collectJsonata(expression: string, names: Set<string>): void {
  let ast: JsonataNode;
  try {
    ast = jsonataLibrary()(jsonataExpressionBody(expression)).ast() as JsonataNode;
  } catch {
    return;
  }
  const bound = new Set<string>();
  const read = new Set<string>();
  walk(ast, bound, read);
  for (const name of read) if (!bound.has(name) && name !== "states" && name !== "") names.add(name);
}

function walk(node: unknown, bound: Set<string>, read: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, bound, read);
    return;
  }
  if (typeof node !== "object" || node === null) return;
  const current = node as JsonataNode;
  if (current.type === "variable" && typeof current.value === "string") read.add(current.value);
  if (current.type === "bind" && isVariableNode(current.lhs)) bound.add((current.lhs as JsonataNode).value as string);
  for (const [key, child] of Object.entries(current)) {
    // A called function's name is not a variable read.
    if (key === "procedure" && (current.type === "function" || current.type === "partial")) continue;
    walk(child, bound, read);
  }
}

function isVariableNode(node: unknown): boolean {
  return typeof node === "object" && node !== null && (node as JsonataNode).type === "variable";
}
