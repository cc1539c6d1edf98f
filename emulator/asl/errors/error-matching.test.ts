/** Tests of ErrorEquals matching: exact names, and what States.ALL and States.TaskFailed cover. */
import { errorMatches } from "./error-matching";

describe("error matching", () => {
  it("matches a name exactly", () => {
    expect(errorMatches(["MyError"], "MyError")).toBe(true);
    expect(errorMatches(["MyError"], "OtherError")).toBe(false);
  });

  it("lets States.ALL match everything but States.Runtime, DataLimitExceeded included as AWS records it", () => {
    expect(errorMatches(["States.ALL"], "Custom")).toBe(true);
    expect(errorMatches(["States.ALL"], "States.Timeout")).toBe(true);
    expect(errorMatches(["States.ALL"], "States.Runtime")).toBe(false);
    expect(errorMatches(["States.ALL"], "States.DataLimitExceeded")).toBe(true);
  });

  it("lets States.TaskFailed match task errors but not a timeout", () => {
    expect(errorMatches(["States.TaskFailed"], "Lambda.ServiceException")).toBe(true);
    expect(errorMatches(["States.TaskFailed"], "States.Timeout")).toBe(false);
    expect(errorMatches(["States.TaskFailed"], "States.HeartbeatTimeout")).toBe(false);
  });

  it("lets States.Timeout cover a heartbeat timeout, which States.HeartbeatTimeout alone singles out", () => {
    expect(errorMatches(["States.Timeout"], "States.HeartbeatTimeout")).toBe(true);
    expect(errorMatches(["States.HeartbeatTimeout"], "States.HeartbeatTimeout")).toBe(true);
    expect(errorMatches(["States.HeartbeatTimeout"], "States.Timeout")).toBe(false);
  });
});
