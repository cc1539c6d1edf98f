/**
 * Clock placeholders of recorded cases: "now" (optionally shifted by days) filled in from the
 * emulator's clock, in the recorded format.
 */
import type { CompatCase } from "./case-loader";
import { fillClockPlaceholders } from "./clock-placeholders";

function clockCase(source: string): CompatCase {
  return { id: "wait/x", kind: "execution_external", area: "_external/wait", file: "", raw: { source, requires: ["clock"] } };
}

const NOW = Date.UTC(2026, 11, 4, 19, 5, 7, 891);

describe("fillClockPlaceholders", () => {
  it("formats now to whole seconds in UTC, keeping the suffix the test added, and reports each value filled in", () => {
    const filled = fillClockPlaceholders(clockCase("test_wait.py :: TestSfnWait::test_wait_timestamppath[.00Z]"), '{"start_at": "${datetime.datetime.now().strftime()}.00Z"}', NOW);
    expect(filled).toEqual({ input: '{"start_at": "2026-12-04T19:05:07.00Z"}', filled: ["2026-12-04T19:05:07.00Z"] });
  });

  it("shifts now by the days parameter of the boundary test", () => {
    const source = "test_wait.py :: TestSfnWait::test_timestamp_too_far_in_future_boundary[24855]";
    const filled = fillClockPlaceholders(clockCase(source), '{"start_at": "${binop.strftime()}.000Z"}', NOW);
    expect(filled).toEqual({ input: '{"start_at": "2094-12-22T19:05:07.000Z"}', filled: ["2094-12-22T19:05:07.000Z"] });
  });

  it("names a shifted now it cannot compute", () => {
    expect(fillClockPlaceholders(clockCase("other_test"), '{"a": "${binop.strftime()}"}', NOW)).toEqual({ missing: "${binop.strftime()}" });
  });
});
