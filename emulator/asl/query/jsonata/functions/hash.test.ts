/** Tests of `$hash`: AWS's digests, the listed algorithms, and its argument errors. */
import { failureOf, run } from "../testing/evaluate-output";

describe("$hash", () => {
  it("matches the SHA-1 digest AWS returns for 'input'", async () => {
    expect(await run("$hash('input', 'SHA-1')")).toBe("140f86aae51ab9e1cda9b4254fe98a74eb54c1a1");
  });

  it.each([
    ["MD5", "a43c1b0aa53a0c908810c06ab1ff3967"],
    ["SHA-256", "c96c6d5be8d08a12e7b5cdc1b207fa6b2430974c86803d8891675e76fd992c20"],
  ])("supports %s", async (algorithm, digest) => {
    expect(await run(`$hash('input', '${algorithm}')`)).toBe(digest);
  });

  it("returns digests of the documented lengths for SHA-384 and SHA-512", async () => {
    expect(String(await run("$hash('input', 'SHA-384')"))).toHaveLength(96);
    expect(String(await run("$hash('input', 'SHA-512')"))).toHaveLength(128);
  });

  it("rejects an algorithm Step Functions does not list", async () => {
    expect(await failureOf("$hash('input', 'sha256')")).toBe(
      "threw an error during evaluation: The hashing algorithm 'sha256' is not supported. Supported algorithms: MD5, SHA-1, SHA-256, SHA-384, SHA-512",
    );
  });

  it("reports a non-string input with JSONata's signature error", async () => {
    expect(await failureOf("$hash(1, 'MD5')")).toBe('threw an error during evaluation. T0410: Argument 1 of function "hash" does not match function signature');
  });
});
