/**
 * Tests of `variableReferences`: the variables each state reads through JSONPath, intrinsics and JSONata,
 * nested states included.
 */
import { variableReferences } from "./variable-references";

describe("variable references", () => {
  it("lists variables read by JSONPath paths, templates and intrinsic arguments, per state", () => {
    const definition = {
      StartAt: "A",
      States: {
        A: { Type: "Pass", Assign: { x: 1, "y.$": "$.input" }, Next: "B" },
        B: {
          Type: "Pass",
          InputPath: "$x",
          Parameters: { literal: "$notRead", "joined.$": "States.Format('{} {}', $first, $second.name)" },
          Next: "C",
        },
        C: { Type: "Choice", Choices: [{ Variable: "$guess", StringEqualsPath: "$answer", Next: "D" }], Default: "D" },
        D: { Type: "Fail", ErrorPath: "$errorVar", CausePath: "$$.Execution.Id" },
      },
    };
    expect(variableReferences(definition)).toEqual({
      B: ["first", "second", "x"],
      C: ["answer", "guess"],
      D: ["errorVar"],
    });
  });

  it("reads JSONata variables but not $states, called functions or names the expression binds", () => {
    const definition = {
      QueryLanguage: "JSONata",
      StartAt: "A",
      States: {
        A: { Type: "Pass", Output: "{% ($local := $count + 1; $uppercase($name) & $local & $states.input.x) %}", End: true },
      },
    };
    expect(variableReferences(definition)).toEqual({ A: ["count", "name"] });
  });

  it("looks into Map processors and Parallel branches", () => {
    const definition = {
      StartAt: "M",
      States: {
        M: {
          Type: "Map",
          ItemsPath: "$list",
          ItemProcessor: { StartAt: "Inner", States: { Inner: { Type: "Pass", OutputPath: "$bias", End: true } } },
          Next: "P",
        },
        P: { Type: "Parallel", Branches: [{ StartAt: "B", States: { B: { Type: "Pass", OutputPath: "$z", End: true } } }], End: true },
      },
    };
    expect(variableReferences(definition)).toEqual({ M: ["list"], Inner: ["bias"], B: ["z"] });
  });
});
