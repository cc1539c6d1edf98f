/**
 * Validation of a Choice state's rules: the JSONPath comparison operators and their operands, and JSONata
 * Conditions.
 */
import { isJsonObject, type Json, type JsonObject } from "../../../shared/json";
import type { Diagnostic } from "../diagnostic";
import { schemaError } from "./diagnostic-builders";
import { checkJsonataValues, jsonataExpression } from "./jsonata-checks";
import { at } from "./location";
import { checkPath, checkPayloadTemplate } from "./path-checks";
import { isRfc3339Timestamp } from "./rfc3339";
import type { QueryLanguage } from "./state-fields";

type OperandKind = "string" | "number" | "boolean" | "timestamp" | "path";

const OPERATORS: Record<string, OperandKind> = {};
for (const kind of ["String", "Numeric", "Timestamp"] as const) {
  for (const suffix of ["Equals", "LessThan", "GreaterThan", "LessThanEquals", "GreaterThanEquals"]) {
    OPERATORS[`${kind}${suffix}`] = kind === "String" ? "string" : kind === "Numeric" ? "number" : "timestamp";
    OPERATORS[`${kind}${suffix}Path`] = "path";
  }
}
OPERATORS["StringMatches"] = "string";
OPERATORS["BooleanEquals"] = "boolean";
OPERATORS["BooleanEqualsPath"] = "path";
for (const test of ["IsNull", "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp"]) OPERATORS[test] = "boolean";

/** Checks the Choices of a Choice state: rule shapes, operands, and Next on top-level rules only. */
export function checkChoiceRules(choices: Json[], language: QueryLanguage, location: string): Diagnostic[] {
  return choices.flatMap((rule, index) => checkRule(rule, language, at(location, index), true));
}

function checkRule(rule: Json, language: QueryLanguage, location: string, topLevel: boolean): Diagnostic[] {
  if (!isJsonObject(rule)) return [schemaError("Expected value of type: Object", location)];
  const problems: Diagnostic[] = [];
  const allowed = new Set(["Comment"]);
  if (topLevel) ["Next", "Assign", ...(language === "JSONata" ? ["Output"] : [])].forEach((field) => allowed.add(field));
  if (topLevel && typeof rule["Next"] !== "string") problems.push(schemaError("These fields are required: [Next]", location));
  const jsonPathShaped = Object.keys(rule).some((field) => field === "Variable" || field in OPERATORS || ["And", "Or", "Not"].includes(field));
  if (language === "JSONata") {
    allowed.add("Condition");
    if (!("Condition" in rule) && !jsonPathShaped) problems.push(schemaError("These fields are required: [Condition]", location));
    else if ("Condition" in rule) problems.push(...checkCondition(rule["Condition"], at(location, "Condition")));
    problems.push(...checkJsonataValues(rule["Output"], at(location, "Output")), ...checkJsonataValues(rule["Assign"], at(location, "Assign")));
  } else if (!("Condition" in rule)) {
    problems.push(...checkJsonPathRule(rule, location, allowed));
  }
  if (language === "JSONPath") problems.push(...checkPayloadTemplate(rule["Assign"], at(location, "Assign")));
  for (const field of Object.keys(rule)) {
    if (allowed.has(field)) continue;
    if (language === "JSONPath" && field === "Condition") {
      problems.push(schemaError("The QueryLanguage is set to 'JSONPath', but field 'Condition' is only supported for the 'JSONata' QueryLanguage", location));
    } else if (language === "JSONata" && (field === "Variable" || field in OPERATORS || ["And", "Or", "Not"].includes(field))) {
      problems.push(schemaError(`The QueryLanguage is set to 'JSONata', but field '${field}' is only supported for the 'JSONPath' QueryLanguage`, location));
    } else {
      problems.push(schemaError(`Field '${field}' is not supported`, location));
    }
  }
  return problems;
}

function checkCondition(condition: Json | undefined, location: string): Diagnostic[] {
  if (typeof condition === "boolean") return [];
  if (jsonataExpression(condition) !== undefined) return checkJsonataValues(condition, location);
  return [schemaError("Expected value of type: Boolean", location)];
}

function checkJsonPathRule(rule: JsonObject, location: string, allowed: Set<string>): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const combinators = ["And", "Or", "Not"].filter((name) => name in rule);
  const operators = Object.keys(rule).filter((name) => name in OPERATORS);
  if (combinators.length > 0) {
    combinators.forEach((name) => allowed.add(name));
    for (const name of combinators) {
      const operand = rule[name];
      if (name === "Not") {
        problems.push(...checkRule(operand ?? null, "JSONPath", at(location, name), false));
      } else if (!Array.isArray(operand) || operand.length === 0) {
        problems.push(schemaError(Array.isArray(operand) ? "Value cannot be empty" : "Expected value of type: Array", at(location, name)));
      } else {
        operand.forEach((child, index) => problems.push(...checkRule(child, "JSONPath", at(location, name, index), false)));
      }
    }
    return problems;
  }
  allowed.add("Variable");
  operators.forEach((name) => allowed.add(name));
  if (!("Variable" in rule)) problems.push(schemaError("These fields are required: [Variable]", location));
  else problems.push(...checkPath(rule["Variable"], at(location, "Variable")));
  if (operators.length === 0) {
    problems.push(schemaError("A choice rule must have exactly one comparison operator", location));
  } else if (operators.length > 1) {
    problems.push(schemaError(`A choice rule must have exactly one comparison operator: found [${operators.join(", ")}]`, location));
  }
  for (const name of operators) problems.push(...checkOperand(rule[name] ?? null, OPERATORS[name] as OperandKind, at(location, name)));
  return problems;
}

function checkOperand(value: Json, kind: OperandKind, location: string): Diagnostic[] {
  switch (kind) {
    case "string":
      return typeof value === "string" ? [] : [schemaError("Expected value of type: String", location)];
    case "number":
      return typeof value === "number" ? [] : [schemaError("Expected value of type: Number", location)];
    case "boolean":
      return typeof value === "boolean" ? [] : [schemaError("Expected value of type: Boolean", location)];
    case "timestamp":
      if (typeof value !== "string") return [schemaError("Expected value of type: String", location)];
      return isRfc3339Timestamp(value) ? [] : [schemaError("String does not match RFC3339 timestamp", location)];
    case "path":
      if (typeof value !== "string") return [schemaError("Expected value of type: String", location)];
      return checkPath(value, location);
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}
