/** Tests of ISO-8601 offset date-time parsing: fractions, offsets, and the forms refused. */
import { parseIsoOffsetDateTime } from "./iso-offset-date-time";

describe("parseIsoOffsetDateTime", () => {
  it("reads UTC times with and without fractions, keeping milliseconds", () => {
    expect(parseIsoOffsetDateTime("2016-03-05T21:29:29Z")).toBe(Date.UTC(2016, 2, 5, 21, 29, 29));
    expect(parseIsoOffsetDateTime("2016-03-05T21:29:29.243167252Z")).toBe(Date.UTC(2016, 2, 5, 21, 29, 29, 243));
  });

  it("applies offsets and accepts minutes without seconds", () => {
    expect(parseIsoOffsetDateTime("2016-03-05T21:29+01:30")).toBe(Date.UTC(2016, 2, 5, 19, 59));
  });

  it.each([
    "2016-13-05T21:29:29Z",
    "2016-12-05T25:29:29Z",
    "2016-12-05T21:29:29",
    "2016-12-05 21:29:29Z",
    "2015-02-29T00:00:00Z",
    "2016-03-05T21:29:29.Z",
    "2016-03-05T21:29:29+0100",
  ])("rejects %s", (text) => {
    expect(parseIsoOffsetDateTime(text)).toBeUndefined();
  });
});
