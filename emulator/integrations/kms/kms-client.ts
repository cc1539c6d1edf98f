/**
 * The two KMS calls Step Functions makes for a customer managed key, over AWS JSON 1.1 to the
 * configured endpoint (`AWS_ENDPOINT_URL_KMS`): GenerateDataKey when it encrypts, Decrypt when it
 * reads. Requests are signed (unverifiably) for the caller's account and region, as emulators of KMS
 * read them. An answer is the call's result or KMS's refusal, never a throw.
 */
import type { AccountScope } from "../../shared/arn";

const KMS_TIMEOUT_MS = 5_000;

/** KMS's error code (`DisabledException`, `AccessDeniedException`, ...) and message. */
export interface KmsRefusal {
  type: string;
  message: string;
}

export type KmsAnswer<T> = { ok: true; value: T } | { ok: false; refusal: KmsRefusal };

/** What a data key is stored as: KMS's ciphertext of it (base64), which Decrypt takes back. */
export interface GeneratedDataKey {
  ciphertextBlob: string;
}

export class KmsClient {
  constructor(private readonly endpoint: string) {}

  async generateDataKey(keyId: string, context: Record<string, string>, scope: AccountScope): Promise<KmsAnswer<GeneratedDataKey>> {
    const answer = await this.call("GenerateDataKey", { KeyId: keyId, KeySpec: "AES_256", EncryptionContext: context }, scope);
    if (!answer.ok) return answer;
    const blob = answer.value.CiphertextBlob;
    return { ok: true, value: { ciphertextBlob: typeof blob === "string" ? blob : "" } };
  }

  async decrypt(keyId: string, ciphertextBlob: string, context: Record<string, string>, scope: AccountScope): Promise<KmsAnswer<undefined>> {
    const answer = await this.call("Decrypt", { KeyId: keyId, CiphertextBlob: ciphertextBlob, EncryptionContext: context }, scope);
    return answer.ok ? { ok: true, value: undefined } : answer;
  }

  private async call(operation: string, request: object, scope: AccountScope): Promise<KmsAnswer<Record<string, unknown>>> {
    const date = new Date().toISOString().slice(0, 10).replace(/-/g, "");
    let response: Response;
    try {
      response = await fetch(this.endpoint, {
        method: "POST",
        headers: {
          "Content-Type": "application/x-amz-json-1.1",
          "X-Amz-Target": `TrentService.${operation}`,
          Authorization: `AWS4-HMAC-SHA256 Credential=${scope.account}/${date}/${scope.region}/kms/aws4_request, SignedHeaders=host, Signature=0`,
        },
        body: JSON.stringify(request),
        signal: AbortSignal.timeout(KMS_TIMEOUT_MS),
      });
    } catch (error) {
      return { ok: false, refusal: { type: "KMSUnreachable", message: error instanceof Error ? error.message : String(error) } };
    }
    const fields = await jsonFields(response);
    if (response.ok) return { ok: true, value: fields };
    const type = typeof fields.__type === "string" ? (fields.__type.split("#").pop() ?? fields.__type) : `HTTP ${response.status}`;
    const message = typeof fields.message === "string" ? fields.message : typeof fields.Message === "string" ? fields.Message : "";
    return { ok: false, refusal: { type, message } };
  }
}

/** The response's JSON object, or no fields when it has none. */
async function jsonFields(response: Response): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return {};
  }
  return typeof body === "object" && body !== null && !Array.isArray(body) ? Object.fromEntries(Object.entries(body)) : {};
}
