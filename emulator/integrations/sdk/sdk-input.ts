/**
 * Task parameters turned into an SDK command's input by walking the command's schema: JSON text for
 * string members, bytes for blobs, dates for timestamps.
 */
import type { Json } from "../../shared/json";

/** The part of `@smithy/core/schema`'s NormalizedSchema that input and output conversion walk. */
export interface Schema {
  isStructSchema(): boolean;
  isUnionSchema(): boolean;
  isListSchema(): boolean;
  isMapSchema(): boolean;
  isBlobSchema(): boolean;
  isStringSchema(): boolean;
  isTimestampSchema(): boolean;
  isDocumentSchema(): boolean;
  getValueSchema(): Schema;
  getMemberSchemas(): Record<string, Schema>;
}

interface SchemaModule {
  NormalizedSchema: { of(ref: unknown): Schema };
}

let schemaModule: SchemaModule | null | undefined;

// Loaded with the SDK clients that ship it, on the first call that needs it.
function normalizedSchema(): SchemaModule | null {
  if (schemaModule === undefined) {
    try {
      schemaModule = require("@smithy/core/schema") as SchemaModule;
    } catch {
      schemaModule = null;
    }
  }
  return schemaModule;
}

/** The input (4) or output (5) shape of an SDK command's operation schema, when it has one. */
export function operationShape(operationSchema: unknown, which: "input" | "output"): Schema | undefined {
  const module = normalizedSchema();
  const ref = Array.isArray(operationSchema) ? (operationSchema as unknown[])[which === "input" ? 4 : 5] : undefined;
  if (!module || ref === undefined) return undefined;
  try {
    return module.NormalizedSchema.of(ref);
  } catch {
    return undefined;
  }
}

/**
 * A Task's JSON parameters as the SDK command's input: text members given JSON values take their
 * JSON text and blob members take it as bytes (Step Functions' implicit serialisation, e.g. an S3
 * PutObject Body or an SNS Message object), timestamps given as text or epoch seconds become dates.
 * Without the command's schema, the parameters pass as they are.
 */
export function sdkCommandInput(parameters: Json, operationSchema: unknown): Record<string, unknown> {
  const input = typeof parameters === "object" && parameters !== null && !Array.isArray(parameters) ? parameters : {};
  const shape = operationShape(operationSchema, "input");
  if (!shape) return { ...input };
  try {
    return convert(input, shape) as Record<string, unknown>;
  } catch {
    // A schema this walk does not understand must not stop the call; the service will judge the input.
    return { ...input };
  }
}

function convert(value: Json, schema: Schema): unknown {
  if (value === null) return value;
  if (schema.isDocumentSchema()) return value;
  if (schema.isBlobSchema()) return typeof value === "string" ? value : JSON.stringify(value);
  if (schema.isStringSchema()) return typeof value === "string" ? value : JSON.stringify(value);
  if (schema.isTimestampSchema()) {
    if (typeof value === "string") return new Date(value);
    if (typeof value === "number") return new Date(value * 1000);
    return value;
  }
  if (schema.isListSchema() && Array.isArray(value)) {
    const member = schema.getValueSchema();
    return value.map((item) => convert(item, member));
  }
  if (typeof value !== "object" || Array.isArray(value)) return value;
  if (schema.isMapSchema()) {
    const member = schema.getValueSchema();
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, convert(item, member)]));
  }
  if (schema.isStructSchema() || schema.isUnionSchema()) {
    // Step Functions takes PascalCase parameters even for APIs whose members are camelCase.
    const members = schema.getMemberSchemas();
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => {
        const camel = `${key.charAt(0).toLowerCase()}${key.slice(1)}`;
        const name = members[key] ? key : members[camel] ? camel : key;
        const member = members[name];
        return [name, member ? convert(item, member) : item];
      }),
    );
  }
  return value;
}
