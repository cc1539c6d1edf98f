/** Tests of the 256 KiB limits on the variables an Assign sets. */
import { assignLimitFailure } from "./assign-limits";

describe("assignLimitFailure", () => {
  it("accepts variables within 256 KiB", () => {
    expect(assignLimitFailure("S", { a: "x".repeat(1000), b: 1 })).toBeUndefined();
  });

  it("rejects one variable over 256 KiB with States.DataLimitExceeded", () => {
    expect(assignLimitFailure("S", { big: "x".repeat(256 * 1024) })?.error).toBe("States.DataLimitExceeded");
  });

  it("rejects an Assign whose variables together pass 256 KiB", () => {
    const half = "x".repeat(140 * 1024);
    expect(assignLimitFailure("S", { a: half, b: half })?.cause).toContain("combined size");
  });
});
