/** Tests of intrinsic function results and failures, with AWS's error wording and seeded MathRandom. */
import type { Json } from "../../../shared/json";
import { AslError } from "../../errors/asl-error";
import type { EvaluationScope } from "../../io/evaluation-scope";
import { evaluateIntrinsic } from "./index";

function scope(input: Json = {}, random = 0.5): EvaluationScope {
  return {
    input,
    context: { Execution: { Name: "exec-1" } },
    variables: { v: { list: [3, 1, 3] } },
    random: () => random,
    uuid: () => "0f6c1e1a-8d6e-4d8b-9c3f-2a1b3c4d5e6f",
    now: () => 0,
  };
}

function failure(text: string, input: Json = {}): AslError {
  try {
    evaluateIntrinsic(text, scope(input));
  } catch (error) {
    if (error instanceof AslError) return error;
    throw error;
  }
  throw new Error(`${text} did not fail`);
}

describe("evaluateIntrinsic results", () => {
  it.each<[string, Json]>([
    ["States.Format('{} and {}', 'a', 1.5)", "a and 1.5"],
    ["States.Format('literal \\{\\} and {}', null)", "literal {} and null"],
    ["States.Format('{}', States.Array(1, 'x'))", "[1, x]"],
    ["States.StringToJson('{\"a\": [1]}')", { a: [1] }],
    ["States.StringToJson('')", null],
    ["States.JsonToString($v)", '{"list":[3,1,3]}'],
    ["States.Array()", []],
    ["States.ArrayPartition(States.ArrayRange(1, 5, 1), 2)", [[1, 2], [3, 4], [5]]],
    ["States.ArrayContains($v.list, 1)", true],
    ["States.ArrayRange(5, 1, -2)", [5, 3, 1]],
    ["States.ArrayRange(1, 0, 1)", []],
    ["States.ArrayGetItem($v.list, 2)", 3],
    ["States.ArrayLength($v.list)", 3],
    ["States.ArrayUnique($v.list)", [3, 1]],
    ["States.Base64Encode('Data to encode')", "RGF0YSB0byBlbmNvZGU="],
    ["States.Base64Decode('RGF0YSB0byBlbmNvZGU=')", "Data to encode"],
    ["States.Hash('input data', 'SHA-384')", "d28a7d5cf25a74f11a50a18452b75e04bb3d70c9dd0510d6123aa008c756511b87525bdc835ebb27e1fb9e9374a15562"],
    ["States.JsonMerge(States.StringToJson('{\"a\":1,\"b\":2}'), States.StringToJson('{\"b\":3}'), false)", { a: 1, b: 3 }],
    ["States.MathAdd(-0.5, 0)", 0],
    ["States.MathAdd(2147483647, -1)", 2147483646],
    ["States.StringSplit('a--b-c', '-')", ["a", "b", "c"]],
    ["States.UUID()", "0f6c1e1a-8d6e-4d8b-9c3f-2a1b3c4d5e6f"],
    ["States.Format('{}', $$.Execution.Name)", "exec-1"],
  ])("%s", (text, expected) => {
    expect(evaluateIntrinsic(text, scope())).toEqual(expected);
  });

  it("draws MathRandom from the scope in [start, end)", () => {
    expect(evaluateIntrinsic("States.MathRandom(10, 20)", scope({}, 0))).toBe(10);
    expect(evaluateIntrinsic("States.MathRandom(10, 20)", scope({}, 0.999999))).toBe(19);
  });

  it("repeats a seeded MathRandom draw whatever the scope's randomness", () => {
    const first = evaluateIntrinsic("States.MathRandom(0, 1000, 7)", scope({}, 0.1));
    expect(evaluateIntrinsic("States.MathRandom(0, 1000, 7)", scope({}, 0.9))).toBe(first);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThan(1000);
  });

  it("draws a seeded MathRandom as java.util.Random(seed).nextInt(end - start) does", () => {
    // A JVM gives start + new Random(seed).nextInt(end - start): 125 for (0, 999, 42), 15 for (10, 20, 123456789).
    expect(evaluateIntrinsic("States.MathRandom(0, 999, 42)", scope({}, 0.5))).toBe(125);
    expect(evaluateIntrinsic("States.MathRandom(10, 20, 123456789)", scope({}, 0.5))).toBe(15);
  });
});

describe("evaluateIntrinsic failures", () => {
  it("fails with States.Runtime and AWS's wording when a path argument finds nothing", () => {
    const error = failure("States.Format('{}', $.nope)", { other: 1 });
    expect(error.error).toBe("States.Runtime");
    expect(error.cause).toBe(
      "The function 'States.Format('{}', $.nope)' had the following error: The JsonPath argument for the field '$.nope' could not be found in the input '{\"other\":1}'",
    );
  });

  it("quotes the whole expression when a nested call fails", () => {
    expect(failure("States.Array(States.ArrayLength($.x))").cause).toMatch(/^The function 'States.Array\(States.ArrayLength\(\$.x\)\)'/);
  });

  it("fails for an unassigned variable", () => {
    expect(failure("States.Array($missing)").error).toBe("States.Runtime");
  });

  it.each([
    ["States.Nope()", /Unknown intrinsic function States.Nope/],
    ["States.Format('x", /Unterminated string/],
    ["States.Format('{} {}', 1)", /does not match the number of placeholders/],
    ["States.Format(1)", /Invalid argument 1 \('template'\) in States.Format: expected a string, but got an integer/],
    ["States.StringToJson('{nope')", /not valid JSON/],
    ["States.ArrayPartition(States.Array(1), 0)", /must be a positive integer/],
    ["States.ArrayPartition(States.Array(1), 1.5)", /expected an integer, but got a number/],
    ["States.ArrayContains('x', 1)", /expected an array, but got a string/],
    ["States.ArrayRange(0, 10, 0)", /must not be zero/],
    ["States.ArrayRange(0, 1000, 1)", /1001 items, more than the maximum of 1000/],
    ["States.ArrayGetItem(States.Array(1), 1)", /out of bounds/],
    ["States.ArrayGetItem(States.Array(1), -1)", /out of bounds/],
    ["States.ArrayLength(null)", /expected an array, but got null/],
    ["States.ArrayUnique(States.StringToJson('{}'))", /expected an array, but got an object/],
    ["States.Base64Decode('not base64!')", /not valid Base64/],
    ["States.Base64Encode(1)", /expected a string/],
    ["States.Hash('x', 'sha-256')", /algorithm 'sha-256' is not supported/],
    ["States.JsonMerge(States.StringToJson('{}'), States.StringToJson('{}'), true)", /only shallow merging/],
    ["States.JsonMerge(States.Array(), States.StringToJson('{}'), false)", /expected an object, but got an array/],
    ["States.MathRandom(5, 5)", /must be greater than its start/],
    ["States.MathRandom(1)", /expected between 2 and 3, but got 1/],
    ["States.MathAdd('1', 2)", /expected a number, but got a string/],
    ["States.StringSplit('a')", /expected 2, but got 1/],
    ["States.UUID(1)", /expected 0, but got 1/],
  ])("%s fails with States.IntrinsicFailure", (text, message) => {
    const error = failure(text);
    expect(error.error).toBe("States.IntrinsicFailure");
    expect(error.cause.startsWith(`The function '${text}' had the following error: `)).toBe(true);
    expect(error.cause).toMatch(message);
  });

  it("limits Base64 and Hash inputs to 10000 characters", () => {
    const long = "a".repeat(10001);
    expect(failure(`States.Base64Encode($.s)`, { s: long }).cause).toMatch(/maximum of 10000/);
    expect(failure(`States.Hash($.s, 'MD5')`, { s: long }).cause).toMatch(/maximum of 10000/);
  });
});
