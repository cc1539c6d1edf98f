/** The HTTP Task's parameters (`arn:aws:states:::http:invoke`), checked as the task starts. */
import { unsupportedHeaders } from "../../asl";
import { isJsonObject, type Json } from "../../shared/json";
import { ARRAY_FORMATS, type ArrayFormat } from "../sdk/url-encoded-form";

export const HTTP_METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** What the task asks for, before the connection adds its part. */
export interface HttpTaskParameters {
  apiEndpoint: string;
  method: HttpMethod;
  connectionArn: string;
  headers: Array<[string, string]>;
  queryParameters: Json | undefined;
  requestBody: Json | undefined;
  urlEncoded: boolean;
  arrayFormat: ArrayFormat;
}

/** The parameters, or the cause of the States.Runtime failure AWS reports for them. */
export function parseHttpTaskParameters(parameters: Json): HttpTaskParameters | { cause: string } {
  if (!isJsonObject(parameters)) return { cause: "The HTTP Task's Parameters must be an object" };
  const endpoint = parameters["ApiEndpoint"];
  if (typeof endpoint !== "string" || endpoint === "") return { cause: "The field 'ApiEndpoint' is required and must be a string" };
  const method = HTTP_METHODS.find((candidate) => candidate === parameters["Method"]);
  if (method === undefined) return { cause: `The field 'Method' must be one of [${HTTP_METHODS.join(", ")}]` };
  const connectionArn = connectionArnOf(parameters["Authentication"]) ?? connectionArnOf(parameters["InvocationConfig"]);
  if (connectionArn === undefined) return { cause: "The field 'Authentication.ConnectionArn' is required and must be a string" };
  const headers: Array<[string, string]> = [];
  const headerValues = parameters["Headers"];
  if (headerValues !== undefined) {
    if (!isJsonObject(headerValues)) return { cause: "The field 'Headers' must be an object" };
    const refused = unsupportedHeaders(Object.keys(headerValues));
    if (refused.length > 0) return { cause: `The 'Headers' field contains unsupported values: [${refused.join(", ")}]` };
    for (const [name, value] of Object.entries(headerValues)) {
      for (const item of Array.isArray(value) ? value : [value]) headers.push([name, typeof item === "string" ? item : JSON.stringify(item)]);
    }
  }
  const query = parameters["QueryParameters"];
  if (query !== undefined && !isJsonObject(query)) return { cause: "The field 'QueryParameters' must be an object" };
  const transform = parameters["Transform"];
  let urlEncoded = false;
  let arrayFormat: ArrayFormat = "INDICES";
  if (transform !== undefined) {
    if (!isJsonObject(transform)) return { cause: "The field 'Transform' must be an object" };
    const encoding = transform["RequestBodyEncoding"] ?? "NONE";
    if (encoding !== "NONE" && encoding !== "URL_ENCODED") return { cause: "The field 'Transform.RequestBodyEncoding' must be one of [NONE, URL_ENCODED]" };
    urlEncoded = encoding === "URL_ENCODED";
    const options = transform["RequestEncodingOptions"];
    if (options !== undefined) {
      const format = isJsonObject(options) ? ARRAY_FORMATS.find((candidate) => candidate === options["ArrayFormat"]) : undefined;
      if (format === undefined) return { cause: `The field 'Transform.RequestEncodingOptions.ArrayFormat' must be one of [${ARRAY_FORMATS.join(", ")}]` };
      arrayFormat = format;
    }
  }
  return {
    apiEndpoint: endpoint,
    method,
    connectionArn,
    headers,
    queryParameters: query,
    requestBody: parameters["RequestBody"],
    urlEncoded,
    arrayFormat,
  };
}

function connectionArnOf(value: Json | undefined): string | undefined {
  if (!isJsonObject(value)) return undefined;
  const arn = value["ConnectionArn"];
  return typeof arn === "string" ? arn : undefined;
}
