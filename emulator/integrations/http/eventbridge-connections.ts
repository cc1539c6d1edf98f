/** Connections read from a configured EventBridge endpoint, their secrets from its Secrets Manager secret. */
import type * as EventBridgeSdk from "@aws-sdk/client-eventbridge";
import type * as SecretsManagerSdk from "@aws-sdk/client-secrets-manager";
import { isJsonObject, type Json, type JsonObject } from "../../shared/json";
import type { AwsClientTarget } from "../sdk/aws-client-options";
import { ClientCache } from "../sdk/client-cache";
import type { ConnectionSource, HttpConnection } from "./http-connection";

// Loaded on first use: most runs have no HTTP Task.
function eventBridgeSdk(): typeof EventBridgeSdk {
  return require("@aws-sdk/client-eventbridge") as typeof EventBridgeSdk;
}
function secretsManagerSdk(): typeof SecretsManagerSdk {
  return require("@aws-sdk/client-secrets-manager") as typeof SecretsManagerSdk;
}

/**
 * DescribeConnection never returns secrets (the API key value, the password, the OAuth client
 * secret). EventBridge keeps them in the Secrets Manager secret it names (`SecretArn`), so they
 * are read from there through the configured Secrets Manager endpoint, as JSON with
 * `api_key_value`, `password` or `client_secret` (LocalStack's layout; PascalCase names accepted too).
 */
export class EventBridgeConnections implements ConnectionSource {
  private readonly events = new ClientCache<EventBridgeSdk.EventBridgeClient>((options) => new (eventBridgeSdk().EventBridgeClient)(options));
  private readonly secrets = new ClientCache<SecretsManagerSdk.SecretsManagerClient>(
    (options) => new (secretsManagerSdk().SecretsManagerClient)(options),
  );

  constructor(
    private readonly eventsTarget: (region: string) => AwsClientTarget,
    private readonly secretsTarget: (region: string) => AwsClientTarget,
  ) {}

  async find(connectionArn: string): Promise<HttpConnection | undefined> {
    const parts = connectionArn.split(":");
    const region = parts[3] ?? "";
    const name = (parts[5] ?? "").split("/")[1];
    if (name === undefined) return undefined;
    let described: EventBridgeSdk.DescribeConnectionResponse;
    try {
      described = await this.events.get(this.eventsTarget(region)).send(new (eventBridgeSdk().DescribeConnectionCommand)({ Name: name }));
    } catch (error) {
      if (error instanceof Error && error.name === "ResourceNotFoundException") return undefined;
      throw error;
    }
    const type = described.AuthorizationType;
    if (type === undefined) return undefined;
    const secret = described.SecretArn === undefined ? {} : await this.secretOf(region, described.SecretArn);
    const pick = (...keys: string[]): string => {
      for (const key of keys) {
        const value = secret[key];
        if (typeof value === "string") return value;
      }
      return "";
    };
    const shown = described.AuthParameters ?? {};
    const connection: HttpConnection = { ConnectionArn: connectionArn, AuthorizationType: type, AuthParameters: {} };
    if (shown.InvocationHttpParameters !== undefined) connection.AuthParameters.InvocationHttpParameters = shown.InvocationHttpParameters;
    switch (type) {
      case "API_KEY":
        connection.AuthParameters.ApiKeyAuthParameters = {
          ApiKeyName: shown.ApiKeyAuthParameters?.ApiKeyName ?? pick("api_key_name", "ApiKeyName"),
          ApiKeyValue: pick("api_key_value", "ApiKeyValue"),
        };
        break;
      case "BASIC":
        connection.AuthParameters.BasicAuthParameters = {
          Username: shown.BasicAuthParameters?.Username ?? pick("username", "Username"),
          Password: pick("password", "Password"),
        };
        break;
      case "OAUTH_CLIENT_CREDENTIALS": {
        const oauth = shown.OAuthParameters;
        connection.AuthParameters.OAuthParameters = {
          AuthorizationEndpoint: oauth?.AuthorizationEndpoint ?? pick("authorization_endpoint", "AuthorizationEndpoint"),
          HttpMethod: oauth?.HttpMethod ?? "POST",
          ClientParameters: { ClientID: oauth?.ClientParameters?.ClientID ?? pick("client_id", "ClientID"), ClientSecret: pick("client_secret", "ClientSecret") },
        };
        if (oauth?.OAuthHttpParameters !== undefined) connection.AuthParameters.OAuthParameters.OAuthHttpParameters = oauth.OAuthHttpParameters;
        break;
      }
    }
    return connection;
  }

  private async secretOf(region: string, secretArn: string): Promise<JsonObject> {
    const answer = await this.secrets.get(this.secretsTarget(region)).send(new (secretsManagerSdk().GetSecretValueCommand)({ SecretId: secretArn }));
    try {
      const value = JSON.parse(answer.SecretString ?? "{}") as Json;
      return isJsonObject(value) ? value : {};
    } catch {
      return {};
    }
  }

  close(): void {
    this.events.close();
    this.secrets.close();
  }
}
