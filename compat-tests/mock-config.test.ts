/**
 * Merging the cases' mock configs into one: colliding response names are renamed, identical responses
 * shared, conflicting test case sets refused.
 */
import { mergeMockConfigs } from "./mock-config";

describe("mergeMockConfigs", () => {
  it("renames a mocked response whose name collides with different content", () => {
    const merged = mergeMockConfigs([
      { stateMachineName: "A", config: { StateMachines: { A: { TestCases: { T: { S: "r" } } } }, MockedResponses: { r: { "0": { Return: 1 } } } } },
      { stateMachineName: "B", config: { StateMachines: { B: { TestCases: { T: { S: "r" } } } }, MockedResponses: { r: { "0": { Return: 2 } } } } },
    ]);
    expect(merged.StateMachines["B"]?.TestCases["T"]).toEqual({ S: "r__B" });
    expect(merged.MockedResponses).toEqual({ r: { "0": { Return: 1 } }, r__B: { "0": { Return: 2 } } });
  });

  it("shares a mocked response with identical content", () => {
    const cfg = (sm: string) => ({ StateMachines: { [sm]: { TestCases: { T: { S: "r" } } } }, MockedResponses: { r: { "0": { Return: 1 } } } });
    const merged = mergeMockConfigs([{ stateMachineName: "A", config: cfg("A") }, { stateMachineName: "B", config: cfg("B") }]);
    expect(Object.keys(merged.MockedResponses)).toEqual(["r"]);
  });

  it("refuses one state machine name with two different test case sets", () => {
    const cfg = (state: string) => ({ StateMachines: { A: { TestCases: { T: { [state]: "r" } } } }, MockedResponses: {} });
    expect(() => mergeMockConfigs([{ stateMachineName: "A", config: cfg("X") }, { stateMachineName: "A", config: cfg("Y") }])).toThrow(/two mocked cases/);
  });
});
