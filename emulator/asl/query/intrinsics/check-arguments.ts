/** Checks of an intrinsic call's arguments against its signature: their count and their JSON types. */
import { isJsonObject, type Json } from "../../../shared/json";
import type { ArgumentSpec, ArgumentType, IntrinsicSignature } from "./argument-spec";

/** The AWS-style name of a JSON value's type, as used in argument errors. */
export function typeNameOf(value: Json): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (isJsonObject(value)) return "object";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function matchesType(value: Json, type: ArgumentType): boolean {
  switch (type) {
    case "any":
      return true;
    case "string":
      return typeof value === "string";
    case "number":
      return typeof value === "number";
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "boolean":
      return typeof value === "boolean";
    case "array":
      return Array.isArray(value);
    case "object":
      return isJsonObject(value);
  }
}

/** The problem with an argument count, or null when the count fits the signature. */
export function checkArity(functionName: string, signature: IntrinsicSignature, count: number): string | null {
  const max = signature.arguments.length;
  const min = max - (signature.optional ?? 0);
  if (count >= min && (count <= max || signature.variadic !== undefined)) return null;
  const expected =
    signature.variadic !== undefined ? `at least ${min}` : min === max ? `${max}` : `between ${min} and ${max}`;
  return `Invalid number of arguments in ${functionName}: expected ${expected}, but got ${count}`;
}

/** The first problem with the argument values, or null when every value has the declared type. */
export function checkArguments(functionName: string, signature: IntrinsicSignature, values: readonly Json[]): string | null {
  const arity = checkArity(functionName, signature, values.length);
  if (arity !== null) return arity;
  for (const [index, value] of values.entries()) {
    const spec: ArgumentSpec | undefined = signature.arguments[index] ?? signature.variadic;
    if (spec !== undefined && !matchesType(value, spec.type)) {
      return `Invalid argument ${index + 1} ('${spec.name}') in ${functionName}: expected ${articled(spec.type)}, but got ${articled(typeNameOf(value))}`;
    }
  }
  return null;
}

function articled(type: string): string {
  if (type === "null") return "null";
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
