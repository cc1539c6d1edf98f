/** The local connections file: EventBridge connections, with their secrets, keyed by connection ARN. */
import * as fs from "node:fs";
import type { ConnectionHttpParameters, CreateConnectionAuthRequestParameters } from "@aws-sdk/client-eventbridge";
import { isJsonObject, type Json, type JsonObject } from "../../shared/json";
import { AUTHORIZATION_TYPES, type ConnectionSource, type HttpConnection } from "./http-connection";

/**
 * Reads a file of the form `{ "<connection ARN>": { "AuthorizationType": ..., "AuthParameters": ... } }`,
 * the two fields as CreateConnection takes them (secrets in clear: the file stands for what EventBridge
 * keeps in Secrets Manager). A malformed file throws at start, naming the faulty field.
 */
export class ConnectionsFile implements ConnectionSource {
  private readonly connections = new Map<string, HttpConnection>();

  constructor(readonly file: string) {
    let document: Json;
    try {
      document = JSON.parse(fs.readFileSync(file, "utf8")) as Json;
    } catch (error) {
      throw new Error(`connections file ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!isJsonObject(document)) throw new Error(`connections file ${file}: must be an object keyed by connection ARN`);
    for (const [arn, entry] of Object.entries(document)) {
      const problem = (message: string) => new Error(`connections file ${file}: at /${arn}: ${message}`);
      if (!/^arn:aws[a-z-]*:events:[a-z0-9-]*:\d*:connection\/.+/.test(arn)) throw problem("the key must be an EventBridge connection ARN");
      this.connections.set(arn, parseConnection(arn, entry, problem));
    }
  }

  find(connectionArn: string): Promise<HttpConnection | undefined> {
    return Promise.resolve(this.connections.get(connectionArn));
  }
}

function parseConnection(arn: string, entry: Json, problem: (message: string) => Error): HttpConnection {
  if (!isJsonObject(entry)) throw problem("must be an object with AuthorizationType and AuthParameters");
  const type = AUTHORIZATION_TYPES.find((candidate) => candidate === entry["AuthorizationType"]);
  if (type === undefined) throw problem(`AuthorizationType must be one of ${AUTHORIZATION_TYPES.join(", ")}`);
  const parameters = entry["AuthParameters"];
  if (!isJsonObject(parameters)) throw problem("AuthParameters must be an object");
  const auth: CreateConnectionAuthRequestParameters = {};
  const invocation = parameters["InvocationHttpParameters"];
  if (invocation !== undefined) auth.InvocationHttpParameters = httpParameters(invocation, "AuthParameters/InvocationHttpParameters", problem);
  switch (type) {
    case "API_KEY": {
      const [ApiKeyName, ApiKeyValue] = textPair(parameters, "ApiKeyAuthParameters", ["ApiKeyName", "ApiKeyValue"], problem);
      auth.ApiKeyAuthParameters = { ApiKeyName, ApiKeyValue };
      break;
    }
    case "BASIC": {
      const [Username, Password] = textPair(parameters, "BasicAuthParameters", ["Username", "Password"], problem);
      auth.BasicAuthParameters = { Username, Password };
      break;
    }
    case "OAUTH_CLIENT_CREDENTIALS": {
      const where = "AuthParameters/OAuthParameters";
      const fields = object(parameters, "OAuthParameters", problem);
      const client = fields["ClientParameters"];
      if (!isJsonObject(client)) throw problem(`${where}/ClientParameters must be an object`);
      const method = fields["HttpMethod"];
      if (method !== "GET" && method !== "POST" && method !== "PUT") throw problem(`${where}/HttpMethod must be GET, POST or PUT`);
      auth.OAuthParameters = {
        AuthorizationEndpoint: text(fields, "AuthorizationEndpoint", where, problem),
        HttpMethod: method,
        ClientParameters: {
          ClientID: text(client, "ClientID", `${where}/ClientParameters`, problem),
          ClientSecret: text(client, "ClientSecret", `${where}/ClientParameters`, problem),
        },
      };
      const oauthHttp = fields["OAuthHttpParameters"];
      if (oauthHttp !== undefined) auth.OAuthParameters.OAuthHttpParameters = httpParameters(oauthHttp, `${where}/OAuthHttpParameters`, problem);
      break;
    }
  }
  return { ConnectionArn: arn, AuthorizationType: type, AuthParameters: auth };
}

function object(parent: JsonObject, field: string, problem: (message: string) => Error): JsonObject {
  const value = parent[field];
  if (!isJsonObject(value)) throw problem(`AuthParameters/${field} must be an object`);
  return value;
}

/** The two strings of an auth member such as `BasicAuthParameters`: `Username` and `Password`. */
function textPair(parameters: JsonObject, member: string, names: [string, string], problem: (message: string) => Error): [string, string] {
  const fields = object(parameters, member, problem);
  const where = `AuthParameters/${member}`;
  return [text(fields, names[0], where, problem), text(fields, names[1], where, problem)];
}

function text(parent: JsonObject, field: string, where: string, problem: (message: string) => Error): string {
  const value = parent[field];
  if (typeof value !== "string") throw problem(`${where}/${field} must be a string`);
  return value;
}

function httpParameters(value: Json, where: string, problem: (message: string) => Error): ConnectionHttpParameters {
  if (!isJsonObject(value)) throw problem(`${where} must be an object`);
  const result: ConnectionHttpParameters = {};
  for (const list of ["HeaderParameters", "QueryStringParameters", "BodyParameters"] as const) {
    const entries = value[list];
    if (entries === undefined) continue;
    if (!Array.isArray(entries)) throw problem(`${where}/${list} must be an array`);
    result[list] = entries.map((entry, index) => {
      if (!isJsonObject(entry)) throw problem(`${where}/${list}/${index} must be an object`);
      const parameter = { Key: text(entry, "Key", `${where}/${list}/${index}`, problem), Value: text(entry, "Value", `${where}/${list}/${index}`, problem) };
      return entry["IsValueSecret"] === true ? { ...parameter, IsValueSecret: true } : parameter;
    });
  }
  return result;
}
