/** Parsing a mock config: test cases, invocation numbers and ranges, each mistake reported where it is. */
import { answerFor, MockConfigError, parseMockConfig } from "./mock-config";

const valid = {
  StateMachines: { Orders: { TestCases: { HappyPath: { Charge: "ChargeOk" } } } },
  MockedResponses: {
    ChargeOk: {
      "0": { Throw: { Error: "Lambda.TooManyRequestsException", Cause: "slow down" } },
      "1-2": { Return: { StatusCode: 200, Payload: "second or third" } },
      "3": { Return: "fourth" },
    },
  },
};

function problem(document: unknown): MockConfigError {
  try {
    parseMockConfig(JSON.stringify(document), "MockConfigFile.json");
  } catch (error) {
    if (error instanceof MockConfigError) return error;
    throw error;
  }
  throw new Error("expected the file to be rejected");
}

describe("parseMockConfig", () => {
  it("maps test cases to states and response names", () => {
    const config = parseMockConfig(JSON.stringify(valid), "MockConfigFile.json");
    expect(config.stateMachines.get("Orders")?.get("HappyPath")?.get("Charge")).toBe("ChargeOk");
  });

  it("answers by zero-based invocation number and range, repeating the last answer past the end", () => {
    const response = parseMockConfig(JSON.stringify(valid), "f").responses.get("ChargeOk");
    if (!response) throw new Error("missing response");
    expect(answerFor(response, 0)).toEqual({ Throw: { Error: "Lambda.TooManyRequestsException", Cause: "slow down" } });
    expect(answerFor(response, 1)).toEqual({ Return: { StatusCode: 200, Payload: "second or third" } });
    expect(answerFor(response, 2)).toEqual({ Return: { StatusCode: 200, Payload: "second or third" } });
    expect(answerFor(response, 3)).toEqual({ Return: "fourth" });
    expect(answerFor(response, 9)).toEqual({ Return: "fourth" });
  });

  it("reports text that is not JSON with the file name", () => {
    expect(() => parseMockConfig("{", "conf/Mock.json")).toThrow(/^mock config conf\/Mock.json: at \/: not valid JSON/);
  });

  it("points at a test case naming an undefined response", () => {
    const error = problem({ ...valid, StateMachines: { Orders: { TestCases: { HappyPath: { Charge: "Missing" } } } } });
    expect(error.pointer).toBe("/StateMachines/Orders/TestCases/HappyPath/Charge");
    expect(error.problem).toBe("mocked response 'Missing' is not defined in MockedResponses");
  });

  it("rejects invocation keys that are not numbers or ranges", () => {
    const error = problem({ MockedResponses: { R: { first: { Return: 1 } } } });
    expect(error.pointer).toBe("/MockedResponses/R/first");
  });

  it("rejects overlapping ranges", () => {
    const error = problem({ MockedResponses: { R: { "0-2": { Return: 1 }, "2": { Return: 2 } } } });
    expect(error.problem).toMatch(/overlap/);
  });

  it("requires exactly one of Return or Throw", () => {
    expect(problem({ MockedResponses: { R: { "0": { Return: 1, Throw: { Error: "E" } } } } }).problem).toMatch(/exactly one of Return or Throw/);
    expect(problem({ MockedResponses: { R: { "0": {} } } }).problem).toMatch(/found neither/);
  });

  it("requires a string Error in a Throw", () => {
    expect(problem({ MockedResponses: { R: { "0": { Throw: { Cause: "c" } } } } }).pointer).toBe("/MockedResponses/R/0/Throw/Error");
  });

  it("keeps an answer's DelaySeconds beside its Return or Throw", () => {
    const config = parseMockConfig(
      JSON.stringify({ MockedResponses: { R: { "0": { Return: { ok: true }, DelaySeconds: 120 }, "1": { Throw: { Error: "E" }, DelaySeconds: 0.5 } } } }),
      "f",
    );
    const response = config.responses.get("R");
    if (!response) throw new Error("missing response");
    expect(answerFor(response, 0)).toEqual({ Return: { ok: true }, DelaySeconds: 120 });
    expect(answerFor(response, 1)).toEqual({ Throw: { Error: "E" }, DelaySeconds: 0.5 });
  });

  it.each([[-1], ["60"], [null], [100_000_000]])("rejects DelaySeconds %p at its JSON Pointer", (delay) => {
    const error = problem({ MockedResponses: { R: { "0-1": { Return: 1, DelaySeconds: delay } } } });
    expect(error.pointer).toBe("/MockedResponses/R/0-1/DelaySeconds");
    expect(error.problem).toBe(`must be a number of seconds from 0 to 99999999, found ${JSON.stringify(delay)}`);
    expect(error.message).toMatch(/^mock config MockConfigFile.json: at \/MockedResponses\/R\/0-1\/DelaySeconds: /);
  });

  it("does not take DelaySeconds for an answer", () => {
    expect(problem({ MockedResponses: { R: { "0": { DelaySeconds: 5 } } } }).problem).toMatch(/found neither/);
  });

  it("rejects unknown top-level fields, a common misspelling of MockedResponses", () => {
    expect(problem({ MockedResponse: {} }).pointer).toBe("/MockedResponse");
  });
});
