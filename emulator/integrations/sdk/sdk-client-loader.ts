/**
 * Loading `@aws-sdk/client-*` packages on demand for Task resources: package and command names, the
 * loaded modules, their clients (cached per package), and the HTTP answer behind each SDK output.
 */
import type { AwsClientTarget } from "./aws-client-options";
import { ClientCache } from "./client-cache";

/** The part of an AWS SDK v3 client that task calls use. */
export interface SdkClient {
  send(command: unknown): Promise<unknown>;
  destroy(): void;
  middlewareStack: {
    add(middleware: (next: (args: unknown) => Promise<{ response: unknown; output: unknown }>) => (args: unknown) => Promise<unknown>, options: Record<string, unknown>): void;
  };
}

/** A command class of an SDK module; its `schema` describes the operation's input and output. */
export type SdkCommandClass = new (input: Record<string, unknown>) => { schema?: unknown };

/** One loaded `@aws-sdk/client-*` package. */
export interface SdkService {
  packageName: string;
  module: Readonly<Record<string, unknown>>;
  clientClass: new (options: Record<string, unknown>) => SdkClient;
}

/** Task resource service names whose `@aws-sdk/client-*` package name is not `client-<name>`. */
const PACKAGE_NAMES: Readonly<Record<string, string>> = {
  secretsmanager: "client-secrets-manager",
  events: "client-eventbridge",
  states: "client-sfn",
  apigateway: "client-api-gateway",
  logs: "client-cloudwatch-logs",
  emrcontainers: "client-emr-containers",
  emrserverless: "client-emr-serverless",
  bedrockruntime: "client-bedrock-runtime",
  cognitoidp: "client-cognito-identity-provider",
};

/** The npm package that serves a Task resource's service (`sqs` -> `@aws-sdk/client-sqs`). */
export function sdkPackageName(service: string): string {
  return `@aws-sdk/${PACKAGE_NAMES[service] ?? `client-${service}`}`;
}

/** The command class name of a Task action (`sendMessage` -> `SendMessageCommand`). */
export function commandName(action: string): string {
  return `${action.charAt(0).toUpperCase()}${action.slice(1)}Command`;
}

// Modules load on first use, so a start-up that runs no such task pays nothing for them.
const loaded = new Map<string, SdkService | undefined>();

/** The installed SDK package for a service, or undefined when it is not installed. */
export function loadSdkService(service: string): SdkService | undefined {
  const packageName = sdkPackageName(service);
  if (loaded.has(packageName)) return loaded.get(packageName);
  let found: SdkService | undefined;
  try {
    const module = require(packageName) as Record<string, unknown>;
    const clientName = Object.keys(module).find((name) => name.endsWith("Client") && !name.startsWith("_") && isClass(module[name]));
    if (clientName !== undefined) {
      found = { packageName, module, clientClass: module[clientName] as SdkService["clientClass"] };
    }
  } catch (error) {
    if ((error as { code?: string }).code !== "MODULE_NOT_FOUND") throw error;
  }
  loaded.set(packageName, found);
  return found;
}

/** The command class for an action of a loaded service, if the service has that operation. */
export function sdkCommand(service: SdkService, action: string): SdkCommandClass | undefined {
  const command = service.module[commandName(action)];
  return isClass(command) ? (command as SdkCommandClass) : undefined;
}

function isClass(value: unknown): boolean {
  return typeof value === "function" && typeof (value as { prototype?: unknown }).prototype === "object";
}

/** The HTTP status and headers (lower-case names) of the answer an SDK call's output came from. */
export interface HttpAnswer {
  statusCode: number;
  headers: Readonly<Record<string, string>>;
}

// Outputs carry no HTTP headers, which results built like AWS's need; a middleware files them here.
const answers = new WeakMap<object, HttpAnswer>();

/** The HTTP answer behind an SDK output object, when the client recorded it. */
export function httpAnswerOf(output: unknown): HttpAnswer | undefined {
  return typeof output === "object" && output !== null ? answers.get(output) : undefined;
}

function recordHttpAnswer(client: SdkClient): void {
  client.middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args);
      const response = result.response as { statusCode?: number; headers?: Record<string, string> } | undefined;
      if (typeof result.output === "object" && result.output !== null && response) {
        answers.set(result.output, { statusCode: response.statusCode ?? 200, headers: response.headers ?? {} });
      }
      return result;
    },
    { step: "deserialize", name: "sfnEmulatorHttpAnswer", override: true },
  );
}

/** SDK clients per service, region and endpoint, created on first use and destroyed on close. */
export class SdkClients {
  private readonly caches = new Map<string, ClientCache<SdkClient>>();

  get(service: SdkService, target: AwsClientTarget): SdkClient {
    let cache = this.caches.get(service.packageName);
    if (!cache) {
      cache = new ClientCache<SdkClient>((options) => {
        // Emulated S3 endpoints (localhost, LocalStack) serve buckets in the path, not as host names.
        if (service.packageName === "@aws-sdk/client-s3" && options["endpoint"] !== undefined) options["forcePathStyle"] = true;
        const client = new service.clientClass(options);
        recordHttpAnswer(client);
        return client;
      });
      this.caches.set(service.packageName, cache);
    }
    return cache.get(target);
  }

  close(): void {
    for (const cache of this.caches.values()) cache.close();
    this.caches.clear();
  }
}
