/**
 * The `aws-sdk:sfn:<action>` integration: any Step Functions API action called from a Task, with the
 * key casing, dates and errors AWS gives it.
 */
import type * as sfn from "@aws-sdk/client-sfn";
import { sfnSdk } from "../sdk/sdk-modules";
import type { Json, JsonObject } from "../../shared/json";
import { isJsonObject } from "../../shared/json";
import type { AwsClientTarget } from "../sdk/aws-client-options";
import { ClientCache } from "../sdk/client-cache";
import { clientFailure, sdkErrorShape } from "../sdk/sdk-error";
import type { TaskCompletion } from "../routing/task-dispatcher";

type Command = new (input: JsonObject) => Parameters<sfn.SFNClient["send"]>[0];

/** The SDK module's export of that `<Action>Command` name: each such export is a command class. */
function commandNamed(name: string): Command | undefined {
  const exported: unknown = Reflect.get(sfnSdk(), name);
  return isCommandClass(exported) ? exported : undefined;
}

function isCommandClass(value: unknown): value is Command {
  return typeof value === "function";
}

/**
 * `aws-sdk:sfn:<action>` through the Step Functions API (this emulator unless STEP_FUNCTIONS_ENDPOINT
 * is set): PascalCase parameters in, PascalCase result out with dates as ISO-8601 text, errors as
 * `Sfn.<Code>Exception` with the AWS SDK v2 style cause that AWS records.
 */
export class AwsSdkSfn {
  private readonly clients = new ClientCache<sfn.SFNClient>((options) => new (sfnSdk().SFNClient)(options));

  async call(target: AwsClientTarget, action: string, parameters: Json): Promise<TaskCompletion> {
    const name = `${action.charAt(0).toUpperCase()}${action.slice(1)}Command`;
    const command = commandNamed(name);
    if (command === undefined) {
      return { status: "failed", error: "States.Runtime", cause: `The action '${action}' is not supported by the aws-sdk:sfn integration` };
    }
    const input = camelCaseObject(isJsonObject(parameters) ? parameters : {});
    // AWS serialises a JSON Input or Output to text for the API.
    for (const field of ["input", "output"]) {
      const value = input[field];
      if (value !== undefined && typeof value !== "string") input[field] = JSON.stringify(value);
    }
    try {
      const { $metadata: _metadata, ...body } = await this.clients.get(target).send(new command(input));
      return { status: "succeeded", output: pascalCaseKeys(body) };
    } catch (error) {
      const shape = sdkErrorShape(error);
      const status = shape.$metadata?.httpStatusCode;
      if (status === undefined) return clientFailure("Sfn", shape);
      const code = shape.name ?? "SfnException";
      return {
        status: "failed",
        error: `Sfn.${code.endsWith("Exception") ? code : `${code}Exception`}`,
        cause: `${shape.message ?? ""} (Service: Sfn, Status Code: ${status}, Request ID: ${shape.$metadata?.requestId ?? ""}) (SDK Attempt Count: 1)`,
      };
    }
  }

  close(): void {
    this.clients.close();
  }
}

function camelCaseKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(camelCaseKeys);
  return isJsonObject(value) ? camelCaseObject(value) : value;
}

function camelCaseObject(value: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, item] of Object.entries(value)) out[`${key.charAt(0).toLowerCase()}${key.slice(1)}`] = camelCaseKeys(item);
  return out;
}

function pascalCaseKeys(value: unknown): Json {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(pascalCaseKeys);
  if (typeof value === "object" && value !== null) {
    const out: JsonObject = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) out[`${key.charAt(0).toUpperCase()}${key.slice(1)}`] = pascalCaseKeys(item);
    }
    return out;
  }
  return (value ?? null) as Json;
}
