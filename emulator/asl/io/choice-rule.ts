/**
 * Evaluation of JSONPath Choice rules at run time: And/Or/Not, the data-test operators, and the timestamp
 * and StringMatches comparisons they rely on.
 */
import type { Json } from "../../shared/json";
import type { ChoiceRule } from "../definition/types";
import { AslError } from "../errors/asl-error";
import type { EvaluationScope } from "./evaluation-scope";
import { resolvePath } from "../query/jsonpath";

type Comparison = "Equals" | "LessThan" | "GreaterThan" | "LessThanEquals" | "GreaterThanEquals";
type ValueKind = "String" | "Numeric" | "Boolean" | "Timestamp";

const COMPARISONS: readonly Comparison[] = ["Equals", "LessThan", "GreaterThan", "LessThanEquals", "GreaterThanEquals"];
const KINDS: readonly ValueKind[] = ["String", "Numeric", "Boolean", "Timestamp"];

/** Evaluates a JSONPath Choice rule (data-test expression or And/Or/Not) against the state's input. */
export function evaluateChoiceRule(rule: ChoiceRule, scope: EvaluationScope): boolean {
  if (rule.And) return rule.And.every((inner) => evaluateChoiceRule(inner, scope));
  if (rule.Or) return rule.Or.some((inner) => evaluateChoiceRule(inner, scope));
  if (rule.Not) return !evaluateChoiceRule(rule.Not, scope);
  const variable = rule.Variable as string;
  const selected = resolvePath(variable, scope);
  if (rule.IsPresent !== undefined) return selected.found === rule.IsPresent;
  if (!selected.found) {
    throw new AslError(
      "States.Runtime",
      `Invalid path '${variable}': The choice state's condition path references an invalid value.`,
    );
  }
  return evaluateTest(rule, selected.value, scope);
}

function evaluateTest(rule: ChoiceRule, value: Json, scope: EvaluationScope): boolean {
  if (rule.IsNull !== undefined) return (value === null) === rule.IsNull;
  if (rule.IsNumeric !== undefined) return (typeof value === "number") === rule.IsNumeric;
  if (rule.IsString !== undefined) return (typeof value === "string") === rule.IsString;
  if (rule.IsBoolean !== undefined) return (typeof value === "boolean") === rule.IsBoolean;
  if (rule.IsTimestamp !== undefined) return (parseTimestamp(value) !== undefined) === rule.IsTimestamp;
  if (rule.StringMatches !== undefined) {
    return typeof value === "string" && typeof rule.StringMatches === "string" && stringMatches(value, rule.StringMatches);
  }
  for (const kind of KINDS) {
    for (const comparison of COMPARISONS) {
      const operator = `${kind}${comparison}`;
      if (rule[operator] !== undefined) return compare(kind, comparison, value, rule[operator] as Json);
      const pathOperator = `${operator}Path`;
      if (rule[pathOperator] !== undefined) {
        const path = rule[pathOperator] as string;
        const other = resolvePath(path, scope);
        if (!other.found) {
          throw new AslError(
            "States.Runtime",
            `Invalid path '${path}': The choice state's condition path references an invalid value.`,
          );
        }
        return compare(kind, comparison, value, other.value);
      }
    }
  }
  throw new AslError("States.Runtime", "The Choice rule has no comparison operator");
}

function compare(kind: ValueKind, comparison: Comparison, left: Json, right: Json): boolean {
  switch (kind) {
    case "String":
      if (typeof left !== "string" || typeof right !== "string") return false;
      return order(comparison, left === right ? 0 : left < right ? -1 : 1);
    case "Numeric":
      if (typeof left !== "number" || typeof right !== "number") return false;
      return order(comparison, left === right ? 0 : left < right ? -1 : 1);
    case "Boolean":
      if (typeof left !== "boolean" || typeof right !== "boolean") return false;
      return comparison === "Equals" && left === right;
    case "Timestamp": {
      const a = parseTimestamp(left);
      const b = parseTimestamp(right);
      if (a === undefined || b === undefined) return false;
      return order(comparison, a === b ? 0 : a < b ? -1 : 1);
    }
  }
}

function order(comparison: Comparison, sign: number): boolean {
  switch (comparison) {
    case "Equals":
      return sign === 0;
    case "LessThan":
      return sign < 0;
    case "GreaterThan":
      return sign > 0;
    case "LessThanEquals":
      return sign <= 0;
    case "GreaterThanEquals":
      return sign >= 0;
  }
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** RFC 3339 timestamps (an uppercase T and a zone are required) as epoch microseconds, else undefined. */
export function parseTimestamp(value: Json): number | undefined {
  if (typeof value !== "string") return undefined;
  const match = RFC3339.exec(value);
  if (!match) return undefined;
  const millis = Date.parse(value);
  if (Number.isNaN(millis)) return undefined;
  const fraction = match[7] ? match[7].slice(1).padEnd(6, "0").slice(0, 6) : "000000";
  const wholeSeconds = Math.floor(millis / 1000);
  return wholeSeconds * 1_000_000 + Number(fraction);
}

/** StringMatches: `*` matches any run of characters; `\*` and `\\` are literal. */
export function stringMatches(value: string, pattern: string): boolean {
  let regex = "^";
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] as string;
    if (char === "\\" && i + 1 < pattern.length) {
      regex += escapeRegex(pattern[++i] as string);
    } else if (char === "*") {
      regex += "[\\s\\S]*";
    } else {
      regex += escapeRegex(char);
    }
  }
  return new RegExp(`${regex}$`).test(value);
}

function escapeRegex(char: string): string {
  return char.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
