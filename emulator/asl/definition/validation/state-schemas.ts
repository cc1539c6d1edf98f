/**
 * JSON Schemas for the value of every state field, one compiled validator per state type and
 * query language. Fields of the other query language are allowed here: they get their own,
 * more precise, diagnostic elsewhere.
 */
import type Ajv from "ajv";
import type { ErrorObject, ValidateFunction } from "ajv";
import type { JsonObject } from "../../../shared/json";
import { fieldsFor, type QueryLanguage, type StateType } from "./state-fields";

type Schema = Record<string, unknown>;

const MAX_SECONDS = 99999999;
const string: Schema = { type: "string" };
const stringOrNull: Schema = { type: ["string", "null"] };
const object: Schema = { type: "object" };
const anything: Schema = {};
const stringArray: Schema = { type: "array", items: string };

/** Under JSONata, a numeric field may also hold a `{% %}` expression (checked elsewhere). */
function numeric(schema: Schema, language: QueryLanguage): Schema {
  return language === "JSONata" ? { ...schema, type: [schema["type"], "string"] } : schema;
}

function retrier(): Schema {
  return {
    type: "object",
    properties: {
      ErrorEquals: { type: "array", items: string, minItems: 1 },
      IntervalSeconds: { type: "integer", minimum: 1, maximum: MAX_SECONDS },
      MaxAttempts: { type: "integer", minimum: 0, maximum: MAX_SECONDS },
      BackoffRate: { type: "number", minimum: 1, maximum: MAX_SECONDS },
      MaxDelaySeconds: { type: "integer", minimum: 1, maximum: 31622400 },
      JitterStrategy: { enum: ["FULL", "NONE"] },
      Comment: string,
    },
    required: ["ErrorEquals"],
    additionalProperties: false,
  };
}

function catcher(language: QueryLanguage): Schema {
  const languageFields: Schema = language === "JSONPath" ? { ResultPath: stringOrNull } : { Output: anything };
  return {
    type: "object",
    properties: { ErrorEquals: { type: "array", items: string, minItems: 1 }, Next: string, Comment: string, Assign: object, ...languageFields },
    required: ["ErrorEquals", "Next"],
    additionalProperties: false,
  };
}

const readerConfig: Schema = {
  type: "object",
  properties: {
    InputType: { enum: ["CSV", "JSON", "JSONL", "MANIFEST", "PARQUET"] },
    CSVHeaderLocation: { enum: ["FIRST_ROW", "GIVEN"] },
    CSVHeaders: stringArray,
    CSVDelimiter: { enum: ["COMMA", "PIPE", "SEMICOLON", "SPACE", "TAB"] },
    MaxItems: { type: ["integer", "string"], minimum: 0, maximum: 100000000 },
    MaxItemsPath: string,
    ManifestType: { enum: ["ATHENA_DATA", "S3_INVENTORY"] },
    Comment: string,
  },
  additionalProperties: false,
};

function itemReader(language: QueryLanguage): Schema {
  return {
    type: "object",
    properties: { Resource: string, ReaderConfig: readerConfig, Comment: string, ...(language === "JSONPath" ? { Parameters: object } : { Arguments: anything }) },
    required: ["Resource"],
    additionalProperties: false,
  };
}

function itemBatcher(language: QueryLanguage): Schema {
  return {
    type: "object",
    properties: {
      MaxItemsPerBatch: numeric({ type: "integer", minimum: 0 }, language),
      MaxInputBytesPerBatch: numeric({ type: "integer", minimum: 0, maximum: 262144 }, language),
      BatchInput: anything,
      Comment: string,
      ...(language === "JSONPath" ? { MaxItemsPerBatchPath: string, MaxInputBytesPerBatchPath: string } : {}),
    },
    additionalProperties: false,
  };
}

function resultWriter(language: QueryLanguage): Schema {
  return {
    type: "object",
    properties: {
      Resource: string,
      Comment: string,
      WriterConfig: {
        type: "object",
        properties: { OutputType: { enum: ["JSON", "JSONL"] }, Transformation: { enum: ["NONE", "COMPACT", "FLATTEN"] } },
        additionalProperties: false,
      },
      ...(language === "JSONPath" ? { Parameters: object } : { Arguments: anything }),
    },
    additionalProperties: false,
  };
}

/** Value schemas of every field, for one query language. */
function fieldSchemas(language: QueryLanguage): Record<string, Schema> {
  const seconds = numeric({ type: "integer", minimum: 1, maximum: MAX_SECONDS }, language);
  return {
    Type: string,
    Comment: string,
    QueryLanguage: { enum: ["JSONPath", "JSONata"] },
    Next: string,
    End: { type: "boolean" },
    InputPath: stringOrNull,
    OutputPath: stringOrNull,
    ResultPath: stringOrNull,
    Parameters: anything,
    ResultSelector: object,
    Result: anything,
    Assign: object,
    Output: anything,
    Arguments: language === "JSONata" ? { type: ["object", "string"] } : anything,
    Resource: string,
    TimeoutSeconds: seconds,
    TimeoutSecondsPath: string,
    HeartbeatSeconds: seconds,
    HeartbeatSecondsPath: string,
    Retry: { type: "array", items: retrier() },
    Catch: { type: "array", items: catcher(language) },
    Credentials: object,
    Choices: { type: "array", minItems: 1, items: object },
    Default: string,
    Seconds: numeric({ type: "integer", minimum: 0, maximum: MAX_SECONDS }, language),
    SecondsPath: string,
    Timestamp: string,
    TimestampPath: string,
    Error: string,
    ErrorPath: string,
    Cause: string,
    CausePath: string,
    Branches: { type: "array", minItems: 1, items: object },
    ItemProcessor: object,
    Iterator: object,
    ItemsPath: stringOrNull,
    Items: language === "JSONata" ? { type: ["array", "string"] } : anything,
    ItemReader: itemReader(language),
    ItemSelector: language === "JSONata" ? { type: ["object", "string"] } : object,
    ItemBatcher: itemBatcher(language),
    ResultWriter: resultWriter(language),
    MaxConcurrency: numeric({ type: "integer", minimum: 0, maximum: MAX_SECONDS }, language),
    MaxConcurrencyPath: string,
    ToleratedFailurePercentage: numeric({ type: "number", minimum: 0, maximum: 100 }, language),
    ToleratedFailurePercentagePath: string,
    ToleratedFailureCount: numeric({ type: "integer", minimum: 0, maximum: MAX_SECONDS }, language),
    ToleratedFailureCountPath: string,
    Label: string,
  };
}

const REQUIRED: Record<StateType, string[]> = {
  Task: ["Resource"],
  Choice: ["Choices"],
  Parallel: ["Branches"],
  Wait: [],
  Pass: [],
  Succeed: [],
  Fail: [],
  Map: [],
};

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

function validatorFor(type: StateType, language: QueryLanguage): ValidateFunction {
  const key = `${type}/${language}`;
  const existing = compiled.get(key);
  if (existing !== undefined) return existing;
  if (ajv === undefined) {
    // ajv loads with the first definition checked, not at start-up.
    const AjvClass: typeof Ajv = require("ajv").default;
    ajv = new AjvClass({ allErrors: true, strict: false });
  }
  const schemas = fieldSchemas(language);
  const otherLanguage: QueryLanguage = language === "JSONPath" ? "JSONata" : "JSONPath";
  const names = new Set([...fieldsFor(type, language), ...fieldsFor(type, otherLanguage)]);
  const properties: Record<string, Schema> = {};
  for (const name of names) properties[name] = schemas[name] ?? anything;
  const validate = ajv.compile({ type: "object", properties, required: REQUIRED[type], additionalProperties: false });
  compiled.set(key, validate);
  return validate;
}

/** A schema problem, located relative to the state: `segments` leads from the state to the value. */
export interface SchemaProblem {
  segments: Array<string | number>;
  message: string;
}

/** Checks a state's fields against its schema, in AWS's wording. */
export function checkStateSchema(state: JsonObject, type: StateType, language: QueryLanguage): SchemaProblem[] {
  const validate = validatorFor(type, language);
  if (validate(state)) return [];
  const problems: SchemaProblem[] = [];
  const required = new Map<string, { segments: Array<string | number>; fields: string[] }>();
  for (const error of validate.errors ?? []) {
    const segments = toSegments(error.instancePath);
    if (error.keyword === "required") {
      const key = error.instancePath;
      const entry = required.get(key) ?? { segments, fields: [] };
      entry.fields.push(String(error.params["missingProperty"]));
      if (!required.has(key)) {
        required.set(key, entry);
        problems.push({ segments, message: "" });
      }
      continue;
    }
    const message = describeError(error);
    if (message !== undefined) problems.push({ segments, message });
  }
  for (const problem of problems) {
    if (problem.message !== "") continue;
    const entry = [...required.values()].find((candidate) => candidate.segments === problem.segments);
    if (entry !== undefined) problem.message = `These fields are required: [${entry.fields.join(", ")}]`;
  }
  return problems;
}

function toSegments(instancePath: string): Array<string | number> {
  if (instancePath === "") return [];
  return instancePath
    .slice(1)
    .split("/")
    .map((part) => {
      const unescaped = part.replace(/~1/g, "/").replace(/~0/g, "~");
      return /^\d+$/.test(unescaped) ? Number(unescaped) : unescaped;
    });
}

const TYPE_NAMES: Record<string, string> = {
  integer: "Integer",
  number: "Number",
  string: "String",
  boolean: "Boolean",
  object: "Object",
  array: "Array",
  null: "Null",
};

function fieldName(instancePath: string): string {
  const last = toSegments(instancePath).filter((segment) => typeof segment === "string").pop();
  return typeof last === "string" ? last : "";
}

function describeError(error: ErrorObject): string | undefined {
  switch (error.keyword) {
    case "additionalProperties":
      return `Field '${String(error.params["additionalProperty"])}' is not supported`;
    case "type": {
      const allowed = String(error.params["type"]).split(",");
      const primary = allowed.filter((name) => name !== "null" && name !== "string");
      const shown = primary.length > 0 ? primary : allowed.filter((name) => name !== "null");
      return `Expected value of type: ${shown.map((name) => TYPE_NAMES[name] ?? name).join(" or ")}`;
    }
    case "minimum":
      return `Minimum value is ${String(error.params["limit"])}`;
    case "maximum":
      return `Maximum value is ${String(error.params["limit"])}`;
    case "minItems":
      return "Value cannot be empty";
    case "enum":
      return `The field '${fieldName(error.instancePath)}' should have one of these values: [${(error.params["allowedValues"] as unknown[]).map(String).join(", ")}]`;
    default:
      return error.message;
  }
}
