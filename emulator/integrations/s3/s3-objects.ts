/**
 * The S3 calls of a Map state's ItemReader and ResultWriter (GetObject, ListObjectsV2, PutObject) and
 * S3 errors as Step Functions reports them.
 */
import type * as S3Sdk from "@aws-sdk/client-s3";
import { isJsonObject, type Json, type JsonObject } from "../../shared/json";
import type { AwsClientTarget } from "../sdk/aws-client-options";
import { ClientCache } from "../sdk/client-cache";
import { clientFailure, sdkErrorShape } from "../sdk/sdk-error";
import type { TaskCompletion } from "../routing/task-dispatcher";

// Loaded on first use, like the other SDK clients: most runs never touch S3.
function s3Sdk(): typeof S3Sdk {
  return require("@aws-sdk/client-s3") as typeof S3Sdk;
}

/** The S3 actions a Map's ItemReader and ResultWriter call (`arn:aws:states:::s3:<action>`). */
export const S3_OBJECT_ACTIONS = ["getObject", "listObjectsV2", "putObject"] as const;

export function isS3ObjectAction(action: string): boolean {
  return (S3_OBJECT_ACTIONS as readonly string[]).includes(action);
}

/**
 * The S3 calls behind ItemReader and ResultWriter. Outputs, which the Map's reader and writer read:
 * - `getObject` `{Bucket, Key, VersionId?}` -> `{ "Body": "<the object's text>" }`
 * - `listObjectsV2` `{Bucket, Prefix?, ...}` -> `{ "Contents": [{Etag, Key, LastModified, Size, StorageClass}] }`,
 *   every page, in the item shape AWS gives the iterations (LastModified in epoch seconds)
 * - `putObject` `{Bucket, Key, Body}` -> `{ "ETag": "..." }`
 * S3 errors fail the task as `S3.<Code>Exception` with AWS's cause text.
 */
export class S3Objects {
  private readonly clients = new ClientCache<S3Sdk.S3Client>((options) => {
    // Emulated S3 (MinIO, LocalStack, a test server) serves buckets in the path, not the host name.
    const withPath = options.endpoint === undefined ? options : { ...options, forcePathStyle: true };
    return new (s3Sdk().S3Client)(withPath);
  });

  async call(target: AwsClientTarget, action: string, parameters: Json): Promise<TaskCompletion> {
    const p = isJsonObject(parameters) ? parameters : {};
    const client = this.clients.get(target);
    const sdk = s3Sdk();
    try {
      switch (action) {
        case "getObject": {
          const input: S3Sdk.GetObjectCommandInput = { Bucket: text(p["Bucket"]), Key: text(p["Key"]) };
          if (typeof p["VersionId"] === "string") input.VersionId = p["VersionId"];
          const response = await client.send(new sdk.GetObjectCommand(input));
          const body = response.Body === undefined ? "" : await response.Body.transformToString("utf-8");
          return { status: "succeeded", output: { Body: body } };
        }
        case "listObjectsV2":
          return { status: "succeeded", output: { Contents: await this.listAll(client, sdk, p) } };
        case "putObject": {
          const body = p["Body"];
          const response = await client.send(
            new sdk.PutObjectCommand({
              Bucket: text(p["Bucket"]),
              Key: text(p["Key"]),
              Body: typeof body === "string" ? body : JSON.stringify(body ?? null),
            }),
          );
          const output: JsonObject = {};
          if (response.ETag !== undefined) output.ETag = response.ETag;
          return { status: "succeeded", output };
        }
        default:
          return { status: "failed", error: "States.Runtime", cause: `The S3 action '${action}' is not supported here` };
      }
    } catch (error) {
      return s3Failure(error);
    }
  }

  private async listAll(client: S3Sdk.S3Client, sdk: typeof S3Sdk, p: JsonObject): Promise<Json[]> {
    const contents: Json[] = [];
    let token: string | undefined;
    do {
      const input: S3Sdk.ListObjectsV2CommandInput = { Bucket: text(p["Bucket"]) };
      if (typeof p["Prefix"] === "string") input.Prefix = p["Prefix"];
      if (typeof p["Delimiter"] === "string") input.Delimiter = p["Delimiter"];
      if (typeof p["StartAfter"] === "string" && token === undefined) input.StartAfter = p["StartAfter"];
      if (token !== undefined) input.ContinuationToken = token;
      const page = await client.send(new sdk.ListObjectsV2Command(input));
      for (const object of page.Contents ?? []) {
        const item: JsonObject = { Etag: object.ETag ?? "", Key: object.Key ?? "" };
        if (object.LastModified !== undefined) item.LastModified = Math.floor(object.LastModified.getTime() / 1000);
        item.Size = object.Size ?? 0;
        item.StorageClass = object.StorageClass ?? "STANDARD";
        contents.push(item);
      }
      token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
    } while (token !== undefined);
    return contents;
  }

  close(): void {
    this.clients.close();
  }
}

function text(value: Json | undefined): string {
  return typeof value === "string" ? value : value === undefined || value === null ? "" : JSON.stringify(value);
}

/** An S3 error as Step Functions reports it: `S3.NoSuchKeyException` and the AWS SDK v2 style cause. */
export function s3Failure(error: unknown): TaskCompletion {
  const shape = sdkErrorShape(error);
  const status = shape.$metadata?.httpStatusCode;
  const message = shape.message ?? String(error);
  if (status === undefined) return clientFailure("S3", shape);
  const code = shape.name && shape.name !== "Error" && shape.name !== "UnknownError" ? shape.name : status === 404 ? "NotFound" : "S3";
  const requestId = shape.$metadata?.requestId ?? "";
  const extended = shape.$metadata?.extendedRequestId ?? "";
  return {
    status: "failed",
    error: `S3.${code.endsWith("Exception") ? code : `${code}Exception`}`,
    cause: `${message} (Service: S3, Status Code: ${status}, Request ID: ${requestId}, Extended Request ID: ${extended})`,
  };
}
