/**
 * KMS's refusals as the Step Functions errors AWS's service model declares for them: a key the caller
 * may not use is KmsAccessDeniedException, KMS throttling is KmsThrottlingException, and a key that
 * cannot serve (disabled, pending deletion or import, unavailable, gone, not symmetric) is
 * KmsInvalidStateException, carrying `kmsKeyState` where KMS names the state. CreateActivity,
 * CreateStateMachine and UpdateStateMachine declare no KmsInvalidStateException; their
 * InvalidEncryptionConfiguration covers "the KMS key is not symmetric or inactive", so there an
 * unusable key is that. The messages are our own: no AWS answer for these is on record.
 */
import type { KmsKeyState } from "@aws-sdk/client-sfn";
import type { KmsRefusal } from "../integrations";
import { ServiceError } from "../shared/service-error";

/** How the operation names a key that cannot serve: its own KmsInvalidStateException, or the create-time error. */
export type UnusableKeyError = "KmsInvalidStateException" | "InvalidEncryptionConfiguration";

/** KMS's answers for a key that exists (or existed) but cannot serve, with the state they imply when they imply one. */
const UNUSABLE_KEY_STATES: Readonly<Record<string, KmsKeyState | undefined>> = {
  DisabledException: "DISABLED",
  KeyUnavailableException: "UNAVAILABLE",
  KMSInvalidStateException: undefined,
  NotFoundException: undefined,
  InvalidKeyUsageException: undefined,
};

export function kmsRefusalError(refusal: KmsRefusal, keyId: string, unusable: UnusableKeyError): ServiceError {
  if (refusal.type === "ThrottlingException") return new ServiceError("KmsThrottlingException", refusal.message);
  if (!(refusal.type in UNUSABLE_KEY_STATES)) {
    return new ServiceError("KmsAccessDeniedException", `Unable to use the KMS key '${keyId}': ${refusal.type}: ${refusal.message}`);
  }
  const detail = `${refusal.type}: ${refusal.message}`;
  if (unusable === "InvalidEncryptionConfiguration") {
    return new ServiceError("InvalidEncryptionConfiguration", `Invalid Encryption Configuration: the KMS key '${keyId}' cannot be used: ${detail}`);
  }
  const state = UNUSABLE_KEY_STATES[refusal.type] ?? stateInMessage(refusal.message);
  return new ServiceError("KmsInvalidStateException", `The KMS key '${keyId}' is not in a valid state: ${detail}`, state === undefined ? {} : { kmsKeyState: state });
}

/** KMSInvalidStateException says the state in words ("... is pending deletion."). */
function stateInMessage(message: string): KmsKeyState | undefined {
  const text = message.toLowerCase();
  if (text.includes("pending deletion")) return "PENDING_DELETION";
  if (text.includes("pending import")) return "PENDING_IMPORT";
  if (text.includes("disabled")) return "DISABLED";
  if (text.includes("unavailable")) return "UNAVAILABLE";
  if (text.includes("creating")) return "CREATING";
  return undefined;
}
