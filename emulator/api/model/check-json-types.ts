/**
 * JSON type checks of a request body against the service model: the first member of the wrong type
 * becomes AWS's SerializationException.
 */
import { ServiceError } from "../../shared/service-error";
import type { Shape } from "./load-service-model";
import { shapeNamed } from "./load-service-model";

/**
 * The first JSON type mismatch in document order, as AWS's deserializer reports it (it stops at
 * the first one, before any constraint is checked). Unknown members and nulls are skipped, as
 * AWS does. Wording measured on AWS JSON services built on the same framework.
 */
export function findTypeMismatch(value: unknown, shape: Shape): string | undefined {
  if (value === null) return undefined;
  switch (shape.type) {
    case "string":
      return scalarMismatch(value, "string", "a String");
    case "integer":
      return scalarMismatch(value, "number", "an Integer");
    case "long":
      return scalarMismatch(value, "number", "a Long");
    case "float":
      return scalarMismatch(value, "number", "a Float");
    case "boolean":
      return scalarMismatch(value, "boolean", "a Boolean");
    case "list": {
      if (Array.isArray(value)) {
        const element = shapeNamed(shape.member ?? "");
        for (const item of value) {
          const mismatch = findTypeMismatch(item, element);
          if (mismatch !== undefined) return mismatch;
        }
        return undefined;
      }
      if (typeof value === "object") return START_OF_STRUCTURE;
      return "Expected list or null";
    }
    case "structure": {
      if (Array.isArray(value)) return START_OF_LIST;
      if (typeof value !== "object") return "Expected null";
      const members = shape.members ?? {};
      for (const [name, member] of Object.entries(value as Record<string, unknown>)) {
        // Own members only: a body member named "constructor" or "__proto__" is just unknown.
        if (!Object.hasOwn(members, name)) continue;
        const memberShapeName = members[name] ?? "";
        const mismatch = findTypeMismatch(member, shapeNamed(memberShapeName));
        if (mismatch !== undefined) return mismatch;
      }
      return undefined;
    }
    default: {
      const never: never = shape.type;
      throw new Error(`unhandled shape type ${String(never)}`);
    }
  }
}

const START_OF_LIST = "Start of list found where not expected";
const START_OF_STRUCTURE = "Start of structure or map found where not expected.";

function scalarMismatch(value: unknown, expected: "string" | "number" | "boolean", javaType: string): string | undefined {
  if (typeof value === expected) return undefined;
  if (Array.isArray(value)) return START_OF_LIST;
  if (typeof value === "object") return START_OF_STRUCTURE;
  return `${jsonTokenName(value)} can not be converted to ${javaType}`;
}

/** The JSON parser's token names that AWS puts in the message. */
function jsonTokenName(value: unknown): string {
  if (value === true) return "TRUE_VALUE";
  if (value === false) return "FALSE_VALUE";
  if (typeof value === "number") return Number.isInteger(value) ? "NUMBER_VALUE" : "DECIMAL_VALUE";
  return "STRING_VALUE";
}

/** A SerializationException for a body that is not a JSON object, or has a member of the wrong JSON type. */
export function checkJsonTypes(body: unknown, inputShape: Shape): ServiceError | undefined {
  if (body === null || typeof body !== "object") {
    // AWS answers a body that is not an object with no message at all.
    return new ServiceError("SerializationException", "");
  }
  const mismatch = findTypeMismatch(body, inputShape);
  return mismatch === undefined ? undefined : new ServiceError("SerializationException", mismatch);
}
