/** An EventBridge connection as the HTTP Task uses it: how it authorizes and what it adds to each request. */
import type { ConnectionAuthorizationType, ConnectionHttpParameters, CreateConnectionAuthRequestParameters } from "@aws-sdk/client-eventbridge";

/** A connection with its secrets, in CreateConnection's own field names. */
export interface HttpConnection {
  ConnectionArn: string;
  AuthorizationType: ConnectionAuthorizationType;
  AuthParameters: CreateConnectionAuthRequestParameters;
}

/** Where the HTTP Task finds a connection by its ARN: a connections file, an EventBridge endpoint. */
export interface ConnectionSource {
  /** The connection, or undefined when this source does not know it. Throws when it cannot be read. */
  find(connectionArn: string): Promise<HttpConnection | undefined>;
  close?(): void;
}

/** Key/value pairs a connection adds to the request, with whether each value is secret. */
export interface ConnectionParameter {
  key: string;
  value: string;
  secret: boolean;
}

/** The headers, query parameters and body parameters a connection adds, its own values first. */
export interface ConnectionAdditions {
  headers: ConnectionParameter[];
  query: ConnectionParameter[];
  body: ConnectionParameter[];
}

export const AUTHORIZATION_TYPES: readonly ConnectionAuthorizationType[] = ["API_KEY", "BASIC", "OAUTH_CLIENT_CREDENTIALS"];

/** A connection's InvocationHttpParameters (or an OAuth request's OAuthHttpParameters) as parameter lists. */
export function httpParameterLists(parameters: ConnectionHttpParameters | undefined): ConnectionAdditions {
  return {
    headers: parameterList(parameters?.HeaderParameters),
    query: parameterList(parameters?.QueryStringParameters),
    body: parameterList(parameters?.BodyParameters),
  };
}

type ParameterEntry = { Key?: string | undefined; Value?: string | undefined; IsValueSecret?: boolean | undefined };

function parameterList(entries: ParameterEntry[] | undefined): ConnectionParameter[] {
  const list: ConnectionParameter[] = [];
  for (const entry of entries ?? []) {
    if (entry.Key !== undefined) list.push({ key: entry.Key, value: entry.Value ?? "", secret: entry.IsValueSecret === true });
  }
  return list;
}

/** Asks each source in turn; the first that knows the connection answers. */
export function firstOf(sources: ConnectionSource[]): ConnectionSource {
  return {
    async find(connectionArn) {
      for (const source of sources) {
        const found = await source.find(connectionArn);
        if (found !== undefined) return found;
      }
      return undefined;
    },
    close() {
      for (const source of sources) source.close?.();
    },
  };
}
