/**
 * The data keys Step Functions keeps for resources encrypted with a customer managed key, where a
 * KMS endpoint is configured (`AWS_ENDPOINT_URL_KMS`). Writing encrypted data (a definition, an
 * execution's input, a task's result) takes a data key from KMS GenerateDataKey; reading it takes
 * KMS Decrypt of the stored data key. Either is reused for the resource's
 * `kmsDataKeyReusePeriodSeconds` (default 300) on the emulator's clock, so a hot loop does not call
 * KMS per request, and a key disabled meanwhile is noticed when the period runs out, as on AWS. The
 * encryption context is `aws:states:stateMachineArn` or `aws:states:activityArn` to the resource ARN.
 * With no endpoint, or a resource on AWS_OWNED_KEY, nothing is called and `use` answers undefined
 * without allocating.
 */
import type { EncryptionConfiguration } from "@aws-sdk/client-sfn";
import { KmsClient } from "../integrations";
import type { AccountScope } from "../shared/arn";
import { kmsRefusalError, type UnusableKeyError } from "./kms-refusal";

/** AWS's default data key reuse period. */
const DEFAULT_REUSE_SECONDS = 300;

/** Encrypting new data (GenerateDataKey), or reading stored data (Decrypt). */
export type KeyUse = "encrypt" | "decrypt";

export class KmsDataKeys {
  private readonly client: KmsClient | undefined;
  /** When each (use, key, resource)'s data key stops being reused. */
  private readonly reusableUntil = new Map<string, number>();
  /** The stored (encrypted) data key of each (key, resource), which Decrypt takes back. */
  private readonly ciphertexts = new Map<string, string>();
  /** Calls under way, so concurrent requests after the period share one KMS call. */
  private readonly pending = new Map<string, Promise<void>>();

  constructor(
    endpoint: string | undefined,
    private readonly now: () => number,
  ) {
    this.client = endpoint === undefined ? undefined : new KmsClient(endpoint);
  }

  /** Whether any KMS call can happen: callers skip looking up a resource's settings when not. */
  get enabled(): boolean {
    return this.client !== undefined;
  }

  /**
   * The key check of CreateStateMachine, UpdateStateMachine and CreateActivity: a data key generated
   * for the resource, which then serves its writes for the reuse period.
   */
  async check(encryption: EncryptionConfiguration | undefined, scope: AccountScope, resourceArn: string): Promise<void> {
    const keyId = customerKey(encryption);
    if (this.client === undefined || keyId === undefined) return;
    await this.generate(this.client, keyId, encryption, scope, resourceArn, "InvalidEncryptionConfiguration");
  }

  /** The KMS call a read or write of the resource's data makes, or undefined when none is due. */
  use(use: KeyUse, encryption: EncryptionConfiguration | undefined, scope: AccountScope, resourceArn: string): Promise<void> | undefined {
    const client = this.client;
    const keyId = customerKey(encryption);
    if (client === undefined || keyId === undefined) return undefined;
    const slot = `${use} ${keyId} ${resourceArn}`;
    if (this.now() < (this.reusableUntil.get(slot) ?? 0)) return undefined;
    const running = this.pending.get(slot);
    if (running !== undefined) return running;
    const call = (
      use === "encrypt"
        ? this.generate(client, keyId, encryption, scope, resourceArn, "KmsInvalidStateException")
        : this.decrypt(client, keyId, encryption, scope, resourceArn)
    ).finally(() => this.pending.delete(slot));
    this.pending.set(slot, call);
    return call;
  }

  /** Forgets every data key (an emulator reset). */
  clear(): void {
    this.reusableUntil.clear();
    this.ciphertexts.clear();
  }

  private async generate(
    client: KmsClient,
    keyId: string,
    encryption: EncryptionConfiguration | undefined,
    scope: AccountScope,
    resourceArn: string,
    unusable: UnusableKeyError,
  ): Promise<void> {
    const answer = await client.generateDataKey(keyId, encryptionContext(resourceArn), scope);
    if (!answer.ok) throw kmsRefusalError(answer.refusal, keyId, unusable);
    this.ciphertexts.set(`${keyId} ${resourceArn}`, answer.value.ciphertextBlob);
    this.reusableUntil.set(`encrypt ${keyId} ${resourceArn}`, this.now() + reuseMillis(encryption));
  }

  /**
   * Decrypt of the resource's stored data key. One the emulator has not kept (it keeps them in memory,
   * so not across a restart) is generated afresh instead, which asks KMS the same of the key's state.
   */
  private async decrypt(client: KmsClient, keyId: string, encryption: EncryptionConfiguration | undefined, scope: AccountScope, resourceArn: string): Promise<void> {
    const ciphertext = this.ciphertexts.get(`${keyId} ${resourceArn}`);
    if (ciphertext === undefined) {
      await this.generate(client, keyId, encryption, scope, resourceArn, "KmsInvalidStateException");
    } else {
      const answer = await client.decrypt(keyId, ciphertext, encryptionContext(resourceArn), scope);
      if (!answer.ok) throw kmsRefusalError(answer.refusal, keyId, "KmsInvalidStateException");
    }
    this.reusableUntil.set(`decrypt ${keyId} ${resourceArn}`, this.now() + reuseMillis(encryption));
  }
}

function customerKey(encryption: EncryptionConfiguration | undefined): string | undefined {
  return encryption?.type === "CUSTOMER_MANAGED_KMS_KEY" ? encryption.kmsKeyId : undefined;
}

function reuseMillis(encryption: EncryptionConfiguration | undefined): number {
  return (encryption?.kmsDataKeyReusePeriodSeconds ?? DEFAULT_REUSE_SECONDS) * 1000;
}

/** The context AWS documents: the resource's ARN under the key for its type. */
function encryptionContext(resourceArn: string): Record<string, string> {
  const contextKey = resourceArn.split(":")[5] === "activity" ? "aws:states:activityArn" : "aws:states:stateMachineArn";
  return { [contextKey]: resourceArn };
}
