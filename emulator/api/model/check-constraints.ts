/**
 * Constraint checks of a request against the service model (required members, lengths, ranges,
 * patterns, enums), listed in AWS's order for a ValidationException.
 */
import { javaHashMapOrder, awsEnumSetOrder } from "./java-hash-order";
import { renderValue } from "./render-value";
import type { Shape } from "./load-service-model";
import { shapeNamed } from "./load-service-model";

/**
 * The constraint violations AWS lists in a ValidationException, each worded
 * "Value '<v>' at '<path>' failed to satisfy constraint: <rule>", in AWS's order: members of a
 * structure in Java HashMap order of their names, one member's violations in HashSet order,
 * list elements by index with paths like `routingConfiguration.1.member.weight`.
 */
export function findViolations(value: Record<string, unknown>, shape: Shape): string[] {
  const violations: string[] = [];
  checkStructureMembers(value, shape, "", violations);
  return violations;
}

const JAVA_INT_RANGE = 2 ** 31;
const JAVA_LONG_RANGE = 2 ** 63;

function checkStructureMembers(value: Record<string, unknown>, shape: Shape, prefix: string, out: string[]): void {
  const members = shape.members ?? {};
  const required = new Set(shape.required ?? []);
  for (const member of javaHashMapOrder(Object.keys(members))) {
    const memberShapeName = members[member] ?? "";
    const path = prefix === "" ? member : `${prefix}.${member}`;
    const memberValue = value[member];
    if (memberValue === undefined || memberValue === null) {
      if (required.has(member)) out.push(mustNotBeNull(path, shapeNamed(memberShapeName)));
      continue;
    }
    checkValue(memberValue, memberShapeName, path, out);
  }
}

function checkValue(value: unknown, shapeName: string, path: string, out: string[]): void {
  const shape = shapeNamed(shapeName);
  const own = ownViolations(value, shape).map((rule) => `${valuePhrase(value, shape, shapeName)} at '${path}' failed to satisfy constraint: ${rule}`);
  out.push(...javaHashMapOrder(own));
  if (shape.type === "list" && Array.isArray(value)) {
    const elementName = shape.member ?? "";
    value.forEach((element: unknown, index) => {
      const elementPath = `${path}.${index + 1}.member`;
      if (element === null) out.push(mustNotBeNull(elementPath, shapeNamed(elementName)));
      else checkValue(element, elementName, elementPath, out);
    });
  }
  if (shape.type === "structure" && typeof value === "object" && value !== null && !Array.isArray(value)) {
    checkStructureMembers(value as Record<string, unknown>, shape, path, out);
  }
}

function mustNotBeNull(path: string, shape: Shape): string {
  return `Value ${shape.sensitive === true ? "" : "null "}at '${path}' failed to satisfy constraint: Member must not be null`;
}

/** `Value 'x'`, or a bare `Value` where AWS hides it (sensitive members, numbers Java cannot hold). */
function valuePhrase(value: unknown, shape: Shape, shapeName: string): string {
  if (shape.sensitive === true) return "Value";
  if (typeof value === "number" && !fitsJavaType(value, shape)) return "Value";
  return `Value '${renderValue(value, shape, shapeName)}'`;
}

function fitsJavaType(value: number, shape: Shape): boolean {
  if (shape.type === "integer") return value >= -JAVA_INT_RANGE && value < JAVA_INT_RANGE;
  if (shape.type === "long") return value >= -JAVA_LONG_RANGE && value < JAVA_LONG_RANGE;
  return true;
}

function ownViolations(value: unknown, shape: Shape): string[] {
  const rules: string[] = [];
  if (typeof value === "string" || Array.isArray(value)) {
    const utf8 = typeof value === "string" && shape.lengthInUtf8Bytes === true;
    const length = utf8 ? Buffer.byteLength(value as string, "utf8") : value.length;
    if (shape.min !== undefined && length < shape.min) rules.push(lengthRule("greater", shape.min, utf8));
    if (shape.max !== undefined && length > shape.max) rules.push(lengthRule("less", shape.max, utf8));
  }
  if (typeof value === "number") {
    const number = shape.type === "float" ? value : Math.trunc(value);
    if (shape.min !== undefined && number < shape.min) rules.push(`Member must have value greater than or equal to ${shape.min}`);
    if (shape.max !== undefined && number > shape.max) rules.push(`Member must have value less than or equal to ${shape.max}`);
  }
  if (typeof value === "string" && shape.pattern !== undefined && !fullMatch(shape.pattern, value)) {
    rules.push(`Member must satisfy regular expression pattern: ${shape.pattern}`);
  }
  if (typeof value === "string" && shape.enum !== undefined && !shape.enum.includes(value)) {
    rules.push(`Member must satisfy enum value set: [${awsEnumSetOrder(shape.enum).join(", ")}]`);
  }
  return rules;
}

function lengthRule(direction: "greater" | "less", limit: number, utf8: boolean): string {
  return utf8
    ? `Member must have size ${direction} than or equal to ${limit} bytes in UTF-8 encoding`
    : `Member must have length ${direction} than or equal to ${limit}`;
}

const compiledPatterns = new Map<string, RegExp>();

/** Java's `Pattern.matches`: the whole value must match. */
function fullMatch(pattern: string, value: string): boolean {
  let regex = compiledPatterns.get(pattern);
  if (regex === undefined) {
    regex = new RegExp(`^(?:${pattern})$`, "u");
    compiledPatterns.set(pattern, regex);
  }
  return regex.test(value);
}
