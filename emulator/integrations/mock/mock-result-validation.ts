/** TestState's fieldValidationMode: a mocked Task result checked against the integrated API's output shape. */
import type { TaskResource } from "../../asl";
import { isJsonObject, type Json } from "../../shared/json";
import type { CompactShape, OutputShapes, ServiceOutputShapes, ShapeRef } from "./output-shape";

let loadedShapes: OutputShapes | undefined;

/** The generated output shapes (266 KB of source), loaded when a mocked result is first checked rather than at start-up. */
function outputShapes(): OutputShapes {
  if (loadedShapes === undefined) {
    const generated: { OUTPUT_SHAPES: OutputShapes } = require("./output-shapes.generated");
    loadedShapes = generated.OUTPUT_SHAPES;
  }
  return loadedShapes;
}

/** STRICT: required fields present and present fields valid; PRESENT: present fields valid; NONE: no check. */
export type FieldValidationMode = "STRICT" | "PRESENT" | "NONE";

/** The request's mode; AWS's default is STRICT. */
export function fieldValidationMode(requested: string | undefined): FieldValidationMode {
  return requested === "PRESENT" || requested === "NONE" ? requested : "STRICT";
}

/**
 * Why a mocked result does not fit the output of the Task's resource, in AWS's words, or undefined.
 * Resources whose output shape the emulator does not ship (callback and `.sync` patterns, Lambda
 * function ARNs, `aws-sdk:` services outside the generated list) are not checked. Fields the API
 * does not know are accepted, as AWS accepts them.
 */
export function mockResultProblem(parsed: TaskResource, result: Json, mode: FieldValidationMode): string | undefined {
  if (mode === "NONE") return undefined;
  if (parsed.kind !== "service" || parsed.pattern !== "request-response") return undefined;
  const service = outputShapes()[parsed.resourceType];
  const root = service?.ops[parsed.action];
  if (service === undefined || root === undefined || !isJsonObject(result)) return undefined;
  const problem = new ShapeChecker(service, mode === "STRICT").check("result", root, result);
  return problem === undefined ? undefined : `Mock result schema validation error: ${problem}`;
}

class ShapeChecker {
  constructor(
    private readonly service: ServiceOutputShapes,
    private readonly strict: boolean,
  ) {}

  /** The first problem in the value, depth first in the value's own order. */
  check(field: string, ref: ShapeRef, value: Json): string | undefined {
    if (ref === "*") return undefined;
    const shape: CompactShape | undefined = this.service.shapes[ref];
    if (shape === undefined) return undefined;
    switch (shape.t) {
      case "structure": {
        if (!isJsonObject(value)) return `Field '${field}' must be an object`;
        if (this.strict) {
          const missing = (shape.r ?? []).find((member) => !(member in value));
          if (missing !== undefined) return `Field '${missing}' is required`;
        }
        for (const [member, child] of Object.entries(value)) {
          const memberRef = shape.m[member];
          if (memberRef === undefined) continue;
          const problem = this.check(member, memberRef, child);
          if (problem !== undefined) return problem;
        }
        return undefined;
      }
      case "list": {
        if (!Array.isArray(value)) return `Field '${field}' must be an array`;
        for (const item of value) {
          const problem = this.check(field, shape.m, item);
          if (problem !== undefined) return problem;
        }
        return undefined;
      }
      case "map": {
        if (!isJsonObject(value)) return `Field '${field}' must be an object`;
        for (const [key, item] of Object.entries(value)) {
          const problem = this.check(key, shape.v, item);
          if (problem !== undefined) return problem;
        }
        return undefined;
      }
      case "string":
        if (typeof value !== "string") return `Field '${field}' must be a string`;
        if (shape.enum !== undefined && !shape.enum.includes(value)) return `Field '${field}' is not an expected value`;
        return lengthProblem(field, value.length, shape.min, shape.max);
      case "blob":
        if (typeof value !== "string") return `Field '${field}' must be a string`;
        return lengthProblem(field, value.length, shape.min, shape.max);
      case "integer":
      case "long":
      case "double":
      case "float":
        if (typeof value !== "number") return `Field '${field}' must be a number`;
        if (shape.min !== undefined && value < shape.min) return `Field '${field}' is less than the minimum value`;
        if (shape.max !== undefined && value > shape.max) return `Field '${field}' exceeds the maximum value`;
        return undefined;
      case "boolean":
        return typeof value === "boolean" ? undefined : `Field '${field}' must be a boolean`;
      case "timestamp":
        // Step Functions results carry dates as text or epoch numbers.
        return typeof value === "string" || typeof value === "number" ? undefined : `Field '${field}' must be a timestamp`;
    }
  }
}

function lengthProblem(field: string, length: number, min: number | undefined, max: number | undefined): string | undefined {
  if (min !== undefined && length < min) return `Field '${field}' is smaller than the minimum length`;
  if (max !== undefined && length > max) return `Field '${field}' exceeds the maximum length`;
  return undefined;
}
