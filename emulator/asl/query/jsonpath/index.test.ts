/**
 * Tests of JSONPath: selection, resolution against input, context and variables, validity, reference-path
 * steps, AWS's miss wording and filter literals.
 */
import type { Json } from "../../../shared/json";
import type { EvaluationScope } from "../../io/evaluation-scope";
import { describePathMiss, isValidJsonPath, isValidReferencePath, referencePathSteps, resolvePath, selectPath } from "./index";

const store: Json = {
  items: [
    { name: "a", price: 5, tags: ["x"] },
    { name: "b", price: 15, tags: [] },
    { name: "c", price: 25, tags: ["x", "y"] },
  ],
  nested: { deep: { name: "d" } },
  "int-literal": 0,
  "with space": true,
  empty: null,
};

function scope(overrides: Partial<EvaluationScope> = {}): EvaluationScope {
  return {
    input: store,
    context: { Execution: { Id: "exec-id", Input: { k: 1 } } },
    variables: { x: { field: [10, 20] }, flag: false },
    random: () => 0.5,
    uuid: () => "00000000-0000-4000-8000-000000000000",
    now: () => 0,
    ...overrides,
  };
}

describe("selectPath", () => {
  it("returns the whole document for $", () => {
    expect(selectPath("$", store)).toEqual({ found: true, value: store });
  });

  it("reads dotted, bracketed and indexed steps", () => {
    expect(selectPath("$.nested.deep.name", store)).toEqual({ found: true, value: "d" });
    expect(selectPath("$['nested']['deep']", store)).toEqual({ found: true, value: { name: "d" } });
    expect(selectPath('$["with space"]', store)).toEqual({ found: true, value: true });
    expect(selectPath("$.items[1].name", store)).toEqual({ found: true, value: "b" });
    expect(selectPath("$.int-literal", store)).toEqual({ found: true, value: 0 });
  });

  it("accepts a bracket directly after a dot", () => {
    expect(selectPath("$.items.[0].name", store)).toEqual({ found: true, value: "a" });
  });

  it("counts a negative index from the end", () => {
    expect(selectPath("$.items[-1].name", store)).toEqual({ found: true, value: "c" });
  });

  it("finds a null value as a value", () => {
    expect(selectPath("$.empty", store)).toEqual({ found: true, value: null });
  });

  it("reports a missing definite path as not found", () => {
    expect(selectPath("$.nope", store)).toEqual({ found: false });
    expect(selectPath("$.items[10]", store)).toEqual({ found: false });
    expect(selectPath("$.nested.deep.name.more", store)).toEqual({ found: false });
    expect(selectPath("$.items.name", store)).toEqual({ found: false });
  });

  it("returns an array for a wildcard path", () => {
    expect(selectPath("$.items[*].name", store)).toEqual({ found: true, value: ["a", "b", "c"] });
    expect(selectPath("$.nested.*", store)).toEqual({ found: true, value: [{ name: "d" }] });
  });

  it("returns an empty array for an indefinite path that matches nothing", () => {
    expect(selectPath("$.item.items[1:5].itemValue", {})).toEqual({ found: true, value: [] });
    expect(selectPath("$[*]", {})).toEqual({ found: true, value: [] });
  });

  it("slices arrays with open and negative bounds", () => {
    const data: Json = { a: [0, 1, 2, 3, 4, 5, 6] };
    expect(selectPath("$.a[1:3]", data)).toEqual({ found: true, value: [1, 2] });
    expect(selectPath("$.a[-2:]", data)).toEqual({ found: true, value: [5, 6] });
    expect(selectPath("$.a[:2]", data)).toEqual({ found: true, value: [0, 1] });
    expect(selectPath("$.a[::3]", data)).toEqual({ found: true, value: [0, 3, 6] });
    expect(selectPath("$.a[5:100]", data)).toEqual({ found: true, value: [5, 6] });
  });

  it("unions indexes and names", () => {
    expect(selectPath("$.items[0,2].name", store)).toEqual({ found: true, value: ["a", "c"] });
    expect(selectPath("$.nested.deep['name','missing']", store)).toEqual({ found: true, value: ["d"] });
  });

  it("collects every match of a recursive descent", () => {
    expect(selectPath("$..name", store)).toEqual({ found: true, value: ["a", "b", "c", "d"] });
    expect(selectPath("$..tags[0]", store)).toEqual({ found: true, value: ["x", "x"] });
  });

  it("filters with comparisons, logic and literals", () => {
    expect(selectPath("$.items[?(@.price > 10)].name", store)).toEqual({ found: true, value: ["b", "c"] });
    expect(selectPath("$.items[?(@.price > 10 && @.name == 'c')].name", store)).toEqual({ found: true, value: ["c"] });
    expect(selectPath("$.items[?(@.price < 10 || @.name == \"b\")].name", store)).toEqual({ found: true, value: ["a", "b"] });
    expect(selectPath("$.items[?(!(@.price >= 15))].name", store)).toEqual({ found: true, value: ["a"] });
    expect(selectPath("$.items[?(@.name in ['a','c'])].price", store)).toEqual({ found: true, value: [5, 25] });
    expect(selectPath("$.items[?(@.tags empty true)].name", store)).toEqual({ found: true, value: ["b"] });
    expect(selectPath("$.items[?(@.name =~ /[ab]/)].name", store)).toEqual({ found: true, value: ["a", "b"] });
  });

  it("keeps elements where a filter's tested path exists", () => {
    const data: Json = { users: [{ year: 1997, status: 0 }, { year: 1998 }] };
    expect(selectPath("$.users[?(@.status)].year", data)).toEqual({ found: true, value: [1997] });
    expect(selectPath("$.users[?(@.status == 0)]", data)).toEqual({ found: true, value: [{ year: 1997, status: 0 }] });
  });

  it("does not equate a number with a string in a filter", () => {
    expect(selectPath("$.items[?(@.price == '5')]", store)).toEqual({ found: true, value: [] });
  });

  it("compares against the document root inside a filter", () => {
    const data: Json = { limit: 10, items: [{ v: 5 }, { v: 50 }] };
    expect(selectPath("$.items[?(@.v > $.limit)].v", data)).toEqual({ found: true, value: [50] });
  });

  it("finds nothing for a path function, which AWS does not support", () => {
    expect(selectPath("$.items.length()", store)).toEqual({ found: false });
  });

  it("throws on malformed paths", () => {
    expect(() => selectPath("$.items[", store)).toThrow(/position/);
    expect(() => selectPath("items", store)).toThrow();
  });
});

describe("resolvePath", () => {
  it("reads the input for $", () => {
    expect(resolvePath("$.nested.deep.name", scope())).toEqual({ found: true, value: "d" });
  });

  it("reads the context object for $$", () => {
    expect(resolvePath("$$.Execution.Id", scope())).toEqual({ found: true, value: "exec-id" });
    expect(resolvePath("$$", scope())).toEqual({ found: true, value: { Execution: { Id: "exec-id", Input: { k: 1 } } } });
  });

  it("reads a workflow variable for $name", () => {
    expect(resolvePath("$x.field[1]", scope())).toEqual({ found: true, value: 20 });
    expect(resolvePath("$flag", scope())).toEqual({ found: true, value: false });
  });

  it("does not find an unassigned variable", () => {
    expect(resolvePath("$missing", scope())).toEqual({ found: false });
  });
});

describe("path validity", () => {
  it.each(["$", "$.a", "$.a[0]", "$['a b'].c", "$..a", "$.a[*]", "$.a[1:2]", "$.a[?(@.b == 1)]", "$$.Map.Item.Value", "$var.x", "$.Jobs.sum()"])(
    "accepts %s as a JSONPath",
    (path) => expect(isValidJsonPath(path)).toBe(true),
  );

  it.each(["", "a.b", "$.", "$.a[", "$.a[?(@.b ==)]", "$[abc]", "$.a]"])("rejects %s as a JSONPath", (path) =>
    expect(isValidJsonPath(path)).toBe(false),
  );

  it.each(["$", "$.a.b", "$['a'][0]", "$$.Execution.Input", "$var.a"])("accepts %s as a reference path", (path) =>
    expect(isValidReferencePath(path)).toBe(true),
  );

  it.each(["$.a[*]", "$..a", "$.a[1:2]", "$.a[?(@.x)]", "$.a[0,1]", "$.a[-1]", "$.a.length()", "x"])(
    "rejects %s as a reference path",
    (path) => expect(isValidReferencePath(path)).toBe(false),
  );

  it("splits a reference path into steps", () => {
    expect(referencePathSteps("$.a[0]['b c']")).toEqual(["a", 0, "b c"]);
  });
});

describe("describePathMiss", () => {
  it("names the whole path when the last step is missing", () => {
    expect(describePathMiss("$.NoSuchInputPath", { "int-literal": 0 })).toBe("No results for path: $['NoSuchInputPath']");
  });

  it("names the path up to the first missing step", () => {
    expect(describePathMiss("$.no.such.result.path", { a: 1 })).toBe("Missing property in path $['no']");
  });
});

describe("filter literals", () => {
  it("reads an unquoted word as text, as AWS accepts it", () => {
    const data = { results: [{ status: "Failure" }, { status: "Success" }] };
    expect(selectPath("$..results[?(@.status==Failure)]", data)).toEqual({ found: true, value: [{ status: "Failure" }] });
  });

  it("still reads true, false, null and numbers as JSON", () => {
    const data = { a: [{ n: null }, { n: 1 }, { n: "null" }] };
    expect(selectPath("$.a[?(@.n==null)]", data)).toEqual({ found: true, value: [{ n: null }] });
    expect(selectPath("$.a[?(@.n==1)]", data)).toEqual({ found: true, value: [{ n: 1 }] });
  });
});
