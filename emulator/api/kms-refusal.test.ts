import { kmsRefusalError } from "./kms-refusal";

describe("KMS refusals as Step Functions errors", () => {
  it.each([
    ["DisabledException", "arn:aws:kms:us-east-1:123456789012:key/k is disabled.", "DISABLED"],
    ["KMSInvalidStateException", "arn:aws:kms:us-east-1:123456789012:key/k is pending deletion.", "PENDING_DELETION"],
    ["KMSInvalidStateException", "arn:aws:kms:us-east-1:123456789012:key/k is pending import.", "PENDING_IMPORT"],
    ["KeyUnavailableException", "The key is unavailable", "UNAVAILABLE"],
  ])("names the key state of %s (%s) in kmsKeyState", (type, message, state) => {
    const error = kmsRefusalError({ type, message }, "k", "KmsInvalidStateException");
    expect({ code: error.code, extra: error.extra }).toEqual({ code: "KmsInvalidStateException", extra: { kmsKeyState: state } });
  });

  it("answers a key KMS no longer has with KmsInvalidStateException and no state, and InvalidEncryptionConfiguration where the operation declares no such error", () => {
    const refusal = { type: "NotFoundException", message: "Key 'arn:aws:kms:us-east-1:123456789012:key/k' does not exist" };
    expect(kmsRefusalError(refusal, "k", "KmsInvalidStateException")).toMatchObject({ code: "KmsInvalidStateException", extra: {} });
    expect(kmsRefusalError(refusal, "k", "InvalidEncryptionConfiguration").code).toBe("InvalidEncryptionConfiguration");
  });

  it("answers throttling and every other refusal the same way whatever the operation", () => {
    for (const unusable of ["KmsInvalidStateException", "InvalidEncryptionConfiguration"] as const) {
      expect(kmsRefusalError({ type: "ThrottlingException", message: "Rate exceeded" }, "k", unusable)).toMatchObject({ code: "KmsThrottlingException", message: "Rate exceeded" });
      expect(kmsRefusalError({ type: "KMSUnreachable", message: "fetch failed" }, "k", unusable)).toMatchObject({
        code: "KmsAccessDeniedException",
        message: "Unable to use the KMS key 'k': KMSUnreachable: fetch failed",
      });
    }
  });
});
