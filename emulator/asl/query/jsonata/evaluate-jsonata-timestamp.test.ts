/** Tests of a Wait's JSONata Timestamp: the instant it names, and AWS's cause for an unparsable one. */
import { evaluateJsonataTimestamp } from "./evaluate-jsonata-timestamp";
import { bindingsOf, fixedScope } from "./testing/fixed-scope";

const site = { stateName: "WaitState", enteredEventId: 2, field: "Timestamp" };

describe("evaluateJsonataTimestamp", () => {
  it("returns the instant in milliseconds", async () => {
    expect(await evaluateJsonataTimestamp("$states.input.t", bindingsOf({ t: "2016-03-05T21:29:29.243167252Z" }), fixedScope(), site)).toBe(
      Date.UTC(2016, 2, 5, 21, 29, 29, 243),
    );
  });

  it("rejects a date AWS cannot parse with AWS's cause", async () => {
    await expect(evaluateJsonataTimestamp("$states.input.t", bindingsOf({ t: "2016-12-05T21:29:29" }), fixedScope(), site)).rejects.toMatchObject({
      error: "States.QueryEvaluationError",
      cause:
        "An error occurred while executing the state 'WaitState' (entered at the event id #2). The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: 2016-12-05T21:29:29",
      location: "Timestamp",
    });
  });
});
