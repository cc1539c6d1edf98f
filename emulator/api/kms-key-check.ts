/**
 * The KMS key check AWS makes when a state machine or activity names a customer managed key: where
 * a KMS endpoint is configured (`AWS_ENDPOINT_URL_KMS`), the key is described there. A key the caller
 * may not use is KmsAccessDeniedException, KMS throttling is KmsThrottlingException, and a key that is
 * not enabled or not symmetric is InvalidEncryptionConfiguration: CreateStateMachine, UpdateStateMachine
 * and CreateActivity declare no KmsInvalidStateException in AWS's service model, and the model's
 * InvalidEncryptionConfiguration covers "the KMS key is not symmetric or inactive". With no endpoint
 * the key is accepted as given. The messages are our own: no AWS answer for these is on record.
 */
import type { EncryptionConfiguration } from "@aws-sdk/client-sfn";
import type { AccountScope } from "../shared/arn";
import { ServiceError } from "../shared/service-error";

const KMS_TIMEOUT_MS = 5_000;

export async function checkKmsKey(
  endpoint: string | undefined,
  encryption: EncryptionConfiguration | undefined,
  scope: AccountScope,
): Promise<void> {
  const keyId = encryption?.type === "CUSTOMER_MANAGED_KMS_KEY" ? encryption.kmsKeyId : undefined;
  if (endpoint === undefined || keyId === undefined) return;
  const answer = await describeKey(endpoint, keyId, scope);
  if ("error" in answer) {
    if (answer.error === "ThrottlingException") throw new ServiceError("KmsThrottlingException", answer.message);
    throw new ServiceError("KmsAccessDeniedException", `Unable to use the KMS key '${keyId}': ${answer.error}: ${answer.message}`);
  }
  if (answer.keyState !== "Enabled") {
    throw new ServiceError("InvalidEncryptionConfiguration", `Invalid Encryption Configuration: the KMS key '${keyId}' is ${answer.keyState}.`);
  }
  if (answer.keySpec !== "SYMMETRIC_DEFAULT" || answer.keyUsage !== "ENCRYPT_DECRYPT") {
    throw new ServiceError("InvalidEncryptionConfiguration", `Invalid Encryption Configuration: the KMS key '${keyId}' is not a symmetric encryption key.`);
  }
}

type DescribeKeyAnswer = { keyState: string; keySpec: string; keyUsage: string } | { error: string; message: string };

/** KMS DescribeKey over AWS JSON 1.1, signed (unverifiably) for the caller's account and region as emulators read it. */
async function describeKey(endpoint: string, keyId: string, scope: AccountScope): Promise<DescribeKeyAnswer> {
  const date = new Date().toISOString().slice(0, 10).replace(/-/g, "");
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: "POST",
      headers: {
        "Content-Type": "application/x-amz-json-1.1",
        "X-Amz-Target": "TrentService.DescribeKey",
        Authorization: `AWS4-HMAC-SHA256 Credential=${scope.account}/${date}/${scope.region}/kms/aws4_request, SignedHeaders=host, Signature=0`,
      },
      body: JSON.stringify({ KeyId: keyId }),
      signal: AbortSignal.timeout(KMS_TIMEOUT_MS),
    });
  } catch (error) {
    return { error: "KMSUnreachable", message: error instanceof Error ? error.message : String(error) };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const fields = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  if (!response.ok) {
    const type = typeof fields.__type === "string" ? (fields.__type.split("#").pop() ?? fields.__type) : `HTTP ${response.status}`;
    const message = typeof fields.message === "string" ? fields.message : typeof fields.Message === "string" ? fields.Message : "";
    return { error: type, message };
  }
  const metadata = typeof fields.KeyMetadata === "object" && fields.KeyMetadata !== null ? (fields.KeyMetadata as Record<string, unknown>) : {};
  const text = (member: unknown, absent: string): string => (typeof member === "string" ? member : absent);
  // KMS leaves KeySpec and KeyUsage at their defaults, a symmetric encryption key, when it omits them.
  return { keyState: text(metadata.KeyState, "Unavailable"), keySpec: text(metadata.KeySpec, "SYMMETRIC_DEFAULT"), keyUsage: text(metadata.KeyUsage, "ENCRYPT_DECRYPT") };
}
