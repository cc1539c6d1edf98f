/**
 * The KMS call AWS makes when a state machine or activity names a customer managed key: where a KMS
 * endpoint is configured (`AWS_ENDPOINT_URL_KMS`), a data key is generated there under the encryption
 * context AWS documents (`aws:states:stateMachineArn` or `aws:states:activityArn` to the resource ARN),
 * so key policies conditioned on it decide as on AWS. A key the caller may not use is
 * KmsAccessDeniedException, KMS throttling is KmsThrottlingException, and a key that is not enabled
 * or not symmetric is InvalidEncryptionConfiguration: CreateStateMachine, UpdateStateMachine and
 * CreateActivity declare no KmsInvalidStateException in AWS's service model, whose
 * InvalidEncryptionConfiguration covers "the KMS key is not symmetric or inactive". With no endpoint
 * the key is accepted as given. The messages are our own: no AWS answer for these is on record.
 */
import type { EncryptionConfiguration } from "@aws-sdk/client-sfn";
import type { AccountScope } from "../shared/arn";
import { ServiceError } from "../shared/service-error";

const KMS_TIMEOUT_MS = 5_000;

/** KMS's answers for a key that exists but cannot encrypt: disabled, pending deletion or import, asymmetric. */
const UNUSABLE_KEY_ERRORS = new Set(["DisabledException", "KMSInvalidStateException", "InvalidKeyUsageException", "KeyUnavailableException"]);

export async function checkKmsKey(
  endpoint: string | undefined,
  encryption: EncryptionConfiguration | undefined,
  scope: AccountScope,
  resourceArn: string,
): Promise<void> {
  const keyId = encryption?.type === "CUSTOMER_MANAGED_KMS_KEY" ? encryption.kmsKeyId : undefined;
  if (endpoint === undefined || keyId === undefined) return;
  const contextKey = resourceArn.split(":")[5] === "activity" ? "aws:states:activityArn" : "aws:states:stateMachineArn";
  const error = await generateDataKey(endpoint, { KeyId: keyId, KeySpec: "AES_256", EncryptionContext: { [contextKey]: resourceArn } }, scope);
  if (error === undefined) return;
  if (error.type === "ThrottlingException") throw new ServiceError("KmsThrottlingException", error.message);
  if (UNUSABLE_KEY_ERRORS.has(error.type)) {
    throw new ServiceError("InvalidEncryptionConfiguration", `Invalid Encryption Configuration: the KMS key '${keyId}' cannot be used: ${error.type}: ${error.message}`);
  }
  throw new ServiceError("KmsAccessDeniedException", `Unable to use the KMS key '${keyId}': ${error.type}: ${error.message}`);
}

interface KmsError {
  type: string;
  message: string;
}

/** KMS GenerateDataKey over AWS JSON 1.1, signed (unverifiably) for the caller's account and region as emulators read it. */
async function generateDataKey(endpoint: string, request: object, scope: AccountScope): Promise<KmsError | undefined> {
  const date = new Date().toISOString().slice(0, 10).replace(/-/g, "");
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: "POST",
      headers: {
        "Content-Type": "application/x-amz-json-1.1",
        "X-Amz-Target": "TrentService.GenerateDataKey",
        Authorization: `AWS4-HMAC-SHA256 Credential=${scope.account}/${date}/${scope.region}/kms/aws4_request, SignedHeaders=host, Signature=0`,
      },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(KMS_TIMEOUT_MS),
    });
  } catch (error) {
    return { type: "KMSUnreachable", message: error instanceof Error ? error.message : String(error) };
  }
  if (response.ok) {
    await response.body?.cancel();
    return undefined;
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const fields = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const type = typeof fields.__type === "string" ? (fields.__type.split("#").pop() ?? fields.__type) : `HTTP ${response.status}`;
  const message = typeof fields.message === "string" ? fields.message : typeof fields.Message === "string" ? fields.Message : "";
  return { type, message };
}
