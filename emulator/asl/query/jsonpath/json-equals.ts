/** Structural equality of JSON values, as JSONPath filters and the array intrinsics compare them. */
import { isJsonObject, type Json } from "../../../shared/json";

/** Structural equality of two JSON values: key order does not matter, array order does. */
export function jsonEquals(left: Json, right: Json): boolean {
  if (left === right) return true;
  if (Array.isArray(left)) {
    return Array.isArray(right) && left.length === right.length && left.every((item, index) => jsonEquals(item, right[index] as Json));
  }
  if (isJsonObject(left)) {
    if (!isJsonObject(right)) return false;
    const keys = Object.keys(left);
    return (
      keys.length === Object.keys(right).length &&
      keys.every((key) => Object.prototype.hasOwnProperty.call(right, key) && jsonEquals(left[key] as Json, right[key] as Json))
    );
  }
  return false;
}
