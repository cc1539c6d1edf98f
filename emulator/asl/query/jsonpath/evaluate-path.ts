/**
 * Evaluation of a parsed JSONPath against a document (segments, descents, filters), within a budget of
 * visited nodes.
 */
import { isJsonObject, type Json } from "../../../shared/json";
import { AslError } from "../../errors/asl-error";
import { matchesWhole } from "../linear-regex";
import type { FilterExpression, FilterOperand, PathSegment } from "./path-ast";
import { isDefiniteSegment } from "./path-ast";
import { jsonEquals } from "./json-equals";

/**
 * How many nodes one query may visit. A path over a 256 KiB document visits at most a few hundred
 * thousand; chained descents (`$..*..*..*`) grow polynomially and would hold the event loop for
 * minutes. Counting visits is deterministic, so a replay fails at the same point.
 */
export const MAX_JSONPATH_VISITS = 500_000;

/** Visits left for the query being evaluated (queries run synchronously, one at a time). */
let visitsLeft = 0;
let nesting = 0;

function visit(count: number): void {
  visitsLeft -= count;
  if (visitsLeft < 0) {
    throw new AslError("States.Runtime", `The JSONPath query exceeded its evaluation budget of ${MAX_JSONPATH_VISITS} visited nodes.`);
  }
}

/** Every node the segments reach from `node`, in document order; `root` is what `$` means inside filters. */
export function evaluateSegments(segments: readonly PathSegment[], node: Json, root: Json): Json[] {
  // Filters evaluate paths of their own; they share the outermost query's budget.
  if (nesting === 0) visitsLeft = MAX_JSONPATH_VISITS;
  nesting += 1;
  try {
    let current: Json[] = [node];
    for (const segment of segments) {
      const next: Json[] = [];
      visit(current.length);
      for (const value of current) applySegment(segment, value, root, next);
      current = next;
    }
    return current;
  } finally {
    nesting -= 1;
  }
}

function applySegment(segment: PathSegment, node: Json, root: Json, out: Json[]): void {
  switch (segment.kind) {
    case "property":
      if (isJsonObject(node)) {
        for (const name of segment.names) {
          if (Object.prototype.hasOwnProperty.call(node, name)) out.push(node[name] as Json);
        }
      }
      return;
    case "index":
      if (Array.isArray(node)) {
        for (const index of segment.indexes) {
          const resolved = index < 0 ? node.length + index : index;
          if (resolved >= 0 && resolved < node.length) out.push(node[resolved] as Json);
        }
      }
      return;
    case "wildcard":
      if (Array.isArray(node)) out.push(...node);
      else if (isJsonObject(node)) out.push(...Object.values(node));
      return;
    case "slice":
      if (Array.isArray(node)) out.push(...sliceArray(node, segment.start, segment.end, segment.step));
      return;
    case "filter":
      if (Array.isArray(node)) {
        for (const element of node) if (testFilter(segment.predicate, element, root)) out.push(element);
      } else if (isJsonObject(node) && testFilter(segment.predicate, node, root)) {
        // AWS's library tests a filter applied to an object against the object itself.
        out.push(node);
      }
      return;
    case "descent":
      descend(segment.then, node, root, out);
      return;
    case "function":
      // AWS documents that path functions are unsupported; `$.a.length()` finds nothing.
      return;
  }
}

function descend(then: PathSegment, node: Json, root: Json, out: Json[]): void {
  visit(1);
  applySegment(then, node, root, out);
  if (Array.isArray(node)) {
    for (const child of node) descend(then, child, root, out);
  } else if (isJsonObject(node)) {
    for (const child of Object.values(node)) descend(then, child, root, out);
  }
}

function sliceArray(array: Json[], start: number | null, end: number | null, step: number | null): Json[] {
  const length = array.length;
  const stride = step ?? 1;
  if (stride <= 0) return [];
  const clamp = (value: number): number => Math.min(Math.max(value < 0 ? length + value : value, 0), length);
  const from = start === null ? 0 : clamp(start);
  const to = end === null ? length : clamp(end);
  const result: Json[] = [];
  for (let index = from; index < to; index += stride) result.push(array[index] as Json);
  return result;
}

/** The value an operand denotes, or undefined when a definite path finds nothing. */
function operandValue(operand: FilterOperand, current: Json, root: Json): Json | undefined {
  switch (operand.kind) {
    case "literal":
      return operand.value;
    case "regex":
      return undefined;
    case "path": {
      const matches = evaluateSegments(operand.segments, operand.root === "@" ? current : root, root);
      if (operand.segments.every(isDefiniteSegment)) return matches[0];
      return matches;
    }
  }
}

function testFilter(expression: FilterExpression, current: Json, root: Json): boolean {
  switch (expression.kind) {
    case "or":
      return testFilter(expression.left, current, root) || testFilter(expression.right, current, root);
    case "and":
      return testFilter(expression.left, current, root) && testFilter(expression.right, current, root);
    case "not":
      return !testFilter(expression.operand, current, root);
    case "exists": {
      const value = operandValue(expression.operand, current, root);
      if (value === undefined) return false;
      const definite = expression.operand.kind !== "path" || expression.operand.segments.every(isDefiniteSegment);
      return definite || (Array.isArray(value) && value.length > 0);
    }
    case "compare":
      return compare(expression, current, root);
  }
}

function compare(expression: Extract<FilterExpression, { kind: "compare" }>, current: Json, root: Json): boolean {
  const left = operandValue(expression.left, current, root);
  if (expression.operator === "=~") {
    if (typeof left !== "string" || expression.right.kind !== "regex") return false;
    return matchesWhole(expression.right.source, expression.right.flags, left);
  }
  const right = operandValue(expression.right, current, root);
  if (left === undefined || right === undefined) {
    return expression.operator === "!=" && (left === undefined) !== (right === undefined);
  }
  switch (expression.operator) {
    case "==":
      return jsonEquals(left, right);
    case "!=":
      return !jsonEquals(left, right);
    case "<":
    case "<=":
    case ">":
    case ">=":
      return ordered(expression.operator, left, right);
    case "in":
      return Array.isArray(right) && right.some((item) => jsonEquals(item, left));
    case "nin":
      return Array.isArray(right) && !right.some((item) => jsonEquals(item, left));
    case "contains":
      if (typeof left === "string" && typeof right === "string") return left.includes(right);
      return Array.isArray(left) && left.some((item) => jsonEquals(item, right));
    case "size":
      return (typeof left === "string" || Array.isArray(left)) && left.length === right;
    case "empty":
      return (typeof left === "string" || Array.isArray(left)) && (left.length === 0) === right;
  }
}

function ordered(operator: "<" | "<=" | ">" | ">=", left: Json, right: Json): boolean {
  const comparable =
    (typeof left === "number" && typeof right === "number") || (typeof left === "string" && typeof right === "string");
  if (!comparable) return false;
  switch (operator) {
    case "<":
      return left < right;
    case "<=":
      return left <= right;
    case ">":
      return left > right;
    case ">=":
      return left >= right;
  }
}
