/**
 * Java-style printing of request values for validation messages, as AWS's validator renders them
 * inside "Value '...' at '...'".
 */
import type { Shape } from "./load-service-model";
import { shapeNamed } from "./load-service-model";

/**
 * How AWS's Java validator prints a value inside "Value '...' at": the `toString()` of the
 * deserialised Java object (lists as `[a, b]`, structures as `ShapeName(member=value, ...)`).
 */
export function renderValue(value: unknown, shape: Shape, shapeName: string): string {
  if (value === null || value === undefined) return "null";
  switch (shape.type) {
    case "string":
      return String(value);
    case "integer":
    case "long":
      return typeof value === "number" ? String(Math.trunc(value)) : String(value);
    case "float":
      return typeof value === "number" ? javaFloatString(value) : String(value);
    case "boolean":
      return String(value);
    case "list": {
      const elementName = shape.member ?? "";
      const element = shapeNamed(elementName);
      const items = Array.isArray(value) ? value : [];
      return `[${items.map((item) => renderValue(item, element, elementName)).join(", ")}]`;
    }
    case "structure": {
      const object = typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
      const fields = Object.entries(shape.members ?? {}).map(([member, memberShapeName]) => {
        return `${member}=${renderValue(object[member], shapeNamed(memberShapeName), memberShapeName)}`;
      });
      return `${shapeName}(${fields.join(", ")})`;
    }
    default: {
      const never: never = shape.type;
      throw new Error(`unhandled shape type ${String(never)}`);
    }
  }
}

/** Java's `Float.toString` for the values a request can carry: `101.0`, `0.5`, `1.0E10`. */
export function javaFloatString(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude >= 1e7 || magnitude < 1e-3)) {
    const [mantissa = "", exponent = ""] = value.toExponential().split("e");
    return `${mantissa.includes(".") ? mantissa : `${mantissa}.0`}E${exponent.replace("+", "")}`;
  }
  return Number.isInteger(value) ? `${value}.0` : String(value);
}
