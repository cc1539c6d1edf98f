/** Turns a connection into what it adds to an HTTP Task's request: its authorization and invocation parameters. */
import { formEncode } from "../sdk/url-encoded-form";
import { httpParameterLists, type ConnectionAdditions, type HttpConnection } from "./http-connection";

/** A connection that could not authorize (an OAuth endpoint that refused or did not answer). */
export class ConnectionAuthorizationError extends Error {}

interface CachedToken {
  token: string;
  expiresAt: number;
}

/** Seconds a token is trusted when the OAuth endpoint gives no `expires_in`. */
const DEFAULT_TOKEN_SECONDS = 300;

/**
 * API key: a header named ApiKeyName; basic: `Authorization: Basic`; OAuth client credentials: a
 * token fetched from AuthorizationEndpoint as EventBridge does (client ID and secret as basic
 * credentials, the OAuthHttpParameters added), sent as `Authorization: Bearer` and kept until it expires.
 */
export class ConnectionAuthorizer {
  private readonly tokens = new Map<string, CachedToken>();

  constructor(private readonly now: () => number) {}

  async additions(connection: HttpConnection): Promise<ConnectionAdditions> {
    const auth = connection.AuthParameters;
    const additions = httpParameterLists(auth.InvocationHttpParameters);
    switch (connection.AuthorizationType) {
      case "API_KEY": {
        const key = auth.ApiKeyAuthParameters;
        if (key?.ApiKeyName !== undefined) additions.headers.unshift({ key: key.ApiKeyName, value: key.ApiKeyValue ?? "", secret: true });
        break;
      }
      case "BASIC": {
        const basic = auth.BasicAuthParameters;
        additions.headers.unshift({ key: "Authorization", value: basicCredentials(basic?.Username ?? "", basic?.Password ?? ""), secret: true });
        break;
      }
      case "OAUTH_CLIENT_CREDENTIALS":
        additions.headers.unshift({ key: "Authorization", value: `Bearer ${await this.token(connection)}`, secret: true });
        break;
    }
    return additions;
  }

  private async token(connection: HttpConnection): Promise<string> {
    const cached = this.tokens.get(connection.ConnectionArn);
    if (cached !== undefined && cached.expiresAt > this.now()) return cached.token;
    const oauth = connection.AuthParameters.OAuthParameters;
    if (oauth?.AuthorizationEndpoint === undefined) throw new ConnectionAuthorizationError("the connection has no OAuth AuthorizationEndpoint");
    const extra = httpParameterLists(oauth.OAuthHttpParameters);
    const url = new URL(oauth.AuthorizationEndpoint);
    for (const parameter of extra.query) url.searchParams.set(parameter.key, parameter.value);
    const headers: Record<string, string> = {
      Authorization: basicCredentials(oauth.ClientParameters?.ClientID ?? "", oauth.ClientParameters?.ClientSecret ?? ""),
      Accept: "application/json",
    };
    for (const parameter of extra.headers) headers[parameter.key] = parameter.value;
    const method = oauth.HttpMethod ?? "POST";
    const init: RequestInit = { method, headers, signal: AbortSignal.timeout(30_000) };
    if (method !== "GET") {
      headers["Content-Type"] = "application/x-www-form-urlencoded";
      init.body = formEncode(extra.body.map((parameter) => [parameter.key, parameter.value]));
    }
    let answer: { access_token?: unknown; expires_in?: unknown };
    try {
      const response = await fetch(url, init);
      const text = await response.text();
      if (!response.ok) throw new ConnectionAuthorizationError(`the OAuth endpoint answered ${response.status} ${response.statusText}`);
      answer = JSON.parse(text) as { access_token?: unknown; expires_in?: unknown };
    } catch (error) {
      if (error instanceof ConnectionAuthorizationError) throw error;
      throw new ConnectionAuthorizationError(`the OAuth endpoint could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (typeof answer.access_token !== "string") throw new ConnectionAuthorizationError("the OAuth endpoint's answer has no access_token");
    const seconds = typeof answer.expires_in === "number" ? answer.expires_in : DEFAULT_TOKEN_SECONDS;
    this.tokens.set(connection.ConnectionArn, { token: answer.access_token, expiresAt: this.now() + seconds * 1000 });
    return answer.access_token;
  }
}

function basicCredentials(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
}
