/** CreateStateMachine's checks of an HTTP Task's (`arn:aws:states:::http:invoke`) Parameters or Arguments. */
import { isJsonObject, type Json, type JsonObject } from "../../../shared/json";
import type { Diagnostic } from "../diagnostic";
import { schemaError } from "./diagnostic-builders";
import { at } from "./location";
import { jsonataExpression } from "./jsonata-checks";

/** Headers a definition may not set; names ending in `-` are prefixes (the developer guide's list, and Authorization). */
const UNSUPPORTED_HEADERS = [
  "a-im", "accept-charset", "accept-datetime", "accept-encoding", "authorization", "cache-control", "connection",
  "content-encoding", "content-md5", "date", "expect", "forwarded", "from", "host", "http2-settings", "if-match",
  "if-modified-since", "if-none-match", "if-range", "if-unmodified-since", "max-forwards", "origin", "pragma",
  "proxy-authorization", "referer", "server", "te", "trailer", "transfer-encoding", "upgrade", "via", "warning",
  "x-forwarded-", "x-amz-", "x-amzn-",
];

const METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"];
const CONNECTION_ARN = /^arn:aws[a-z-]*:events:[a-z0-9-]+:\d{12}:connection\/[\w.-]+\/[\w-]+$/;

/**
 * Required fields (ApiEndpoint, Method, a ConnectionArn under Authentication or InvocationConfig),
 * static values that cannot work, and headers AWS refuses. A field given by a path (`Field.$`) or a
 * JSONata expression is only known at run time, so only its presence is checked.
 */
export function checkHttpTask(state: JsonObject, location: string): Diagnostic[] {
  const field = "Arguments" in state ? "Arguments" : "Parameters";
  const fieldLocation = at(location, field);
  const parameters = state[field];
  if (parameters === undefined) return [schemaError("The field 'Parameters' is required but was missing", location)];
  if (!isJsonObject(parameters)) return [];
  const diagnostics: Diagnostic[] = [];
  for (const required of ["ApiEndpoint", "Method"]) {
    if (!present(parameters, required)) diagnostics.push(schemaError(`The field '${required}' is required but was missing`, fieldLocation));
  }
  const method = parameters["Method"];
  if (typeof method === "string" && jsonataExpression(method) === undefined && !METHODS.includes(method)) {
    diagnostics.push(schemaError(`The value of the field 'Method' must be one of [${METHODS.join(", ")}]`, at(fieldLocation, "Method")));
  }
  const connection = ["Authentication", "InvocationConfig"].find((name) => present(parameters, name));
  const holder = connection === undefined ? undefined : parameters[connection];
  if (connection === undefined || (isJsonObject(holder) && !present(holder, "ConnectionArn"))) {
    diagnostics.push(schemaError("The field 'ConnectionArn' is required but was missing", at(fieldLocation, connection ?? "Authentication")));
  } else if (isJsonObject(holder)) {
    const arn = holder["ConnectionArn"];
    if (typeof arn === "string" && jsonataExpression(arn) === undefined && !CONNECTION_ARN.test(arn)) {
      diagnostics.push(schemaError("The value of the field 'ConnectionArn' is not a valid EventBridge connection ARN", at(fieldLocation, connection, "ConnectionArn")));
    }
  }
  const headers = parameters["Headers"];
  if (isJsonObject(headers)) {
    const refused = unsupportedHeaders(Object.keys(headers).map((name) => name.replace(/\.\$$/, "")));
    if (refused.length > 0) diagnostics.push(schemaError(`The 'Headers' field contains unsupported values: [${refused.join(", ")}]`, fieldLocation));
  }
  return diagnostics;
}

/** The names among `names` the HTTP Task refuses, lower-cased as AWS reports them (run time uses the same list). */
export function unsupportedHeaders(names: Iterable<string>): string[] {
  const refused: string[] = [];
  for (const name of names) {
    const lower = name.toLowerCase();
    if (UNSUPPORTED_HEADERS.some((header) => (header.endsWith("-") ? lower.startsWith(header) : lower === header))) refused.push(lower);
  }
  return refused;
}

/** A field given literally, by a path (`Field.$`), or inside a JSONata object. */
function present(object: JsonObject, name: string): boolean {
  const value: Json | undefined = object[name] ?? object[`${name}.$`];
  return value !== undefined;
}
