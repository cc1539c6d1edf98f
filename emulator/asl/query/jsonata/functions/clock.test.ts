/** Tests of `$now` and `$millis` on the execution's clock. */
import { fixedScope } from "../testing/fixed-scope";
import { run } from "../testing/evaluate-output";

describe("$now and $millis", () => {
  const scope = () => fixedScope({ now: Date.UTC(2024, 0, 2, 3, 4, 5, 6) });

  it("read the execution's clock", async () => {
    expect(await run("$millis()", {}, scope())).toBe(Date.UTC(2024, 0, 2, 3, 4, 5, 6));
    expect(await run("$now()", {}, scope())).toBe("2024-01-02T03:04:05.006Z");
  });

  it("format with a picture and timezone as JSONata's $fromMillis does", async () => {
    expect(await run("$now('[Y0001]-[M01]-[D01] [H01]', '+0100')", {}, scope())).toBe("2024-01-02 04");
  });

  it("return one instant for the whole expression", async () => {
    let reads = 0;
    const counting = { ...scope(), now: () => 1000 * ++reads };
    expect(await run("[$millis(), $millis()]", {}, counting)).toEqual([1000, 1000]);
  });
});
