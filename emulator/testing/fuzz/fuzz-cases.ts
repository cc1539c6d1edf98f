/**
 * The fuzzer's request generators, one per class of hostile input. Each is a function of a seeded
 * random source, so a run is reproducible from its seed; the operations and their members come
 * from the service model the emulator validates against.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer | string;
}

export type Random = () => number;

/** mulberry32: small, fast and seedable. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface ModelShape {
  type: string;
  members?: Record<string, string>;
  member?: string;
  required?: string[];
}
interface Model {
  operations: Record<string, { input: string }>;
  shapes: Record<string, ModelShape>;
}

// Read as data, not imported: the fuzzer speaks to the emulator only over HTTP.
const MODEL = JSON.parse(fs.readFileSync(path.join(__dirname, "../../api/model/service-model.json"), "utf8")) as Model;
export const OPERATIONS = Object.keys(MODEL.operations).sort();

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const nested = (depth: number, leaf = "0") => `${"[".repeat(depth)}${leaf}${"]".repeat(depth)}`;
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;

export const SAMPLE_DEFINITION = JSON.stringify({ StartAt: "P", States: { P: { Type: "Pass", End: true } } });
const ROLE = "arn:aws:iam::123456789012:role/fuzz";

function apiRequest(operation: string, body: Buffer | string, headers: Record<string, string> = {}): FuzzRequest {
  return {
    method: "POST",
    path: "/",
    headers: { "Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": `AWSStepFunctions.${operation}`, ...headers },
    body,
  };
}

/** A value of the wrong JSON type for a shape, or a hostile value of the right one. */
function oddValue(random: Random, shape: ModelShape | undefined): unknown {
  const wrong: unknown[] = [42, -1, 1e308, "text", "", true, null, [], {}, [1, "a"], { nested: { deep: [1] } }, "\ud800", "\u0000", "x".repeat(70_000)];
  if (shape?.type === "string") wrong.push("arn:aws:states:us-east-1:123456789012:stateMachine:x", "a".repeat(2000), "💥".repeat(100));
  if (shape?.type === "integer" || shape?.type === "long") wrong.push(0, -2147483649, 2 ** 53, 1.5, "7");
  return pick(random, wrong);
}

function modelBody(random: Random, operation: string): Record<string, unknown> {
  const input = MODEL.shapes[MODEL.operations[operation]?.input ?? ""];
  const body: Record<string, unknown> = {};
  for (const [member, shapeName] of Object.entries(input?.members ?? {})) {
    if (random() < 0.6) body[member] = oddValue(random, MODEL.shapes[shapeName]);
  }
  return body;
}

const BAD_ARNS = [
  "",
  "arn",
  "arn:aws:states:us-east-1:123456789012:stateMachine:",
  "arn:aws:states:us-east-1:123456789012:stateMachine:nope",
  "arn:aws:states:us-east-1:123456789012:execution:nope:nope",
  "arn:aws:states:us-east-1:123456789012:activity:nope",
  "arn:aws:states:us-east-1:123456789012:stateMachine:nope:1",
  "arn:aws:states:us-east-1:123456789012:stateMachine:nope:alias",
  "arn:aws:states:us-east-1:123456789012:mapRun:a/b:c",
  "arn:aws-cn:states:cn-north-1:123456789012:stateMachine:x",
  "arn:aws:states:mars-1:123456789012:stateMachine:x",
  "arn:aws:states:us-east-1:12345:stateMachine:x",
  "arn:aws:lambda:us-east-1:123456789012:function:x",
  "arn:aws:states:us-east-1:123456789012:stateMachine:x\u0000",
  "arn:aws:states:us-east-1:123456789012:stateMachine:\ud800",
  `arn:aws:states:us-east-1:123456789012:stateMachine:${"x".repeat(300)}`,
  "arn:aws:states:us-east-1:123456789012:stateMachine:x:y:z:w",
  "arn:aws:states:::stateMachine:x",
];

const HOSTILE_EXPRESSIONS = [
  "{% ($f := function($n){ $f($n + 1) }; $f(0)) %}",
  "{% ($f := function($n){ $n < 2 ? $n : $f($n - 1) + $f($n - 2) }; $f(30)) %}",
  "{% [1..10000000] %}",
  "{% $string($states.input) %}",
  "{% $parse('[[[[[[[[[[[[1]]]]]]]]]]]') %}",
  "{% $sum([1..100000]) %}",
  "{% $reduce([1..100000], function($a, $b){ $a & 'x' }) %}",
  "{% $$ %}",
  "{% %}",
  "{% ( %}",
  "{% $eval('1+') %}",
  "{% $pad('', 400000, 'x') %}",
];
const HOSTILE_PATHS = ["$..*..*..*", "$..*", "$[?(@.a =~ /(a+)+$/)]", "$.a[-1:-9999999:-1]", "$[?(!(!(!(@.a))))]", "States.ArrayRange(1, 100000, 1)", "States.Hash($, 'SHA-512')", "States.StringToJson($.s)", "States.Format('{}{}{}', $, $, $)"];

const STATE_TYPES = ["Pass", "Task", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map", "Bogus"];
const FIELD_NAMES = [
  "Next", "End", "Resource", "Parameters", "Arguments", "Output", "Assign", "InputPath", "OutputPath", "ResultPath", "ResultSelector",
  "Result", "Choices", "Default", "Seconds", "Timestamp", "SecondsPath", "Error", "Cause", "Branches", "Iterator", "ItemProcessor",
  "ItemsPath", "Items", "MaxConcurrency", "Retry", "Catch", "TimeoutSeconds", "HeartbeatSeconds", "QueryLanguage", "ItemReader", "ItemSelector",
];
const FIELD_VALUES: unknown[] = [
  null, true, 0, -1, 1e308, "", "$", "$$", "$.a", "$..*", "{% $ %}", "{% %}", "States.Format('{}', $.a)", "States.Nope()", "arn:aws:states:::lambda:invoke",
  [], {}, [{}], [{ ErrorEquals: ["States.ALL"], Next: "S" }], [{ Variable: "$.a", StringEquals: "x", Next: "S" }], [{ StartAt: "S", States: {} }],
  { "a.$": "$.b" }, { StartAt: "S", States: { S: { Type: "Pass", End: true } } }, "S", "JSONata", "JSONPath", "\ud800", "x".repeat(5000),
];

/** A definition of random states with random fields, valid JSON but rarely a valid machine. */
function oddDefinition(random: Random): string {
  const states: Record<string, unknown> = {};
  const count = 1 + Math.floor(random() * 4);
  for (let index = 0; index < count; index += 1) {
    const state: Record<string, unknown> = { Type: pick(random, STATE_TYPES) };
    const fields = Math.floor(random() * 5);
    for (let field = 0; field < fields; field += 1) state[pick(random, FIELD_NAMES)] = pick(random, FIELD_VALUES);
    if (random() < 0.7) state["End"] = true;
    states[index === 0 ? "S" : `S${index}`] = state;
  }
  const machine: Record<string, unknown> = { StartAt: random() < 0.9 ? "S" : pick(random, FIELD_VALUES), States: states };
  if (random() < 0.3) machine["QueryLanguage"] = pick(random, ["JSONata", "JSONPath", "SQL", 1]);
  return JSON.stringify(machine);
}

type Generator = (random: Random) => FuzzRequest;

/** The classes the fuzzer reports on, each a generator of one request. */
export const FUZZ_CLASSES: Record<string, Generator> = {
  "malformed JSON": (random) => {
    const bodies = ["{", "}", "[]", "null", '"s"', "42", "{'a':1}", '{"a":}', '{"a":1,}', "\ufeff{}", '{"name":"x"', "{}{}", "\u0000", "{\"a\":NaN}", "{\"a\":1e999999}", '{"a":"\\x"}', '{"a":"\\ud800"}'];
    const body = random() < 0.8 ? pick(random, bodies) : Buffer.from(Array.from({ length: 1 + Math.floor(random() * 64) }, () => Math.floor(random() * 256)));
    return apiRequest(pick(random, OPERATIONS), body);
  },
  "wrong types": (random) => {
    const operation = pick(random, OPERATIONS);
    return apiRequest(operation, JSON.stringify(modelBody(random, operation)));
  },
  "deep nesting": (random) => {
    const depth = pick(random, [1001, 3000, 10_000, 50_000]);
    const operation = pick(random, ["CreateStateMachine", "ValidateStateMachineDefinition", "TestState", "StartExecution", "ListStateMachines", "SendTaskSuccess"]);
    const value = random() < 0.5 ? nested(depth) : deepObject(depth);
    const asString = JSON.stringify(value);
    switch (operation) {
      case "CreateStateMachine":
        return apiRequest(operation, `{"name":"deep","roleArn":"${ROLE}","definition":${JSON.stringify(`{"StartAt":"P","States":{"P":{"Type":"Pass","Result":${value},"End":true}}}`)}}`);
      case "ValidateStateMachineDefinition":
        return apiRequest(operation, `{"definition":${asString}}`);
      case "TestState":
        return apiRequest(operation, JSON.stringify({ definition: JSON.stringify({ Type: "Pass", Parameters: { "a.$": "$..*" }, End: true }), roleArn: ROLE, input: value }));
      case "StartExecution":
        return apiRequest(operation, JSON.stringify({ stateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:fuzz-target", input: value }));
      case "SendTaskSuccess":
        return apiRequest(operation, JSON.stringify({ taskToken: "x", output: value }));
      default:
        return apiRequest(operation, `{"maxResults":${value}}`);
    }
  },
  "huge values": (random) => {
    const size = pick(random, [70_000, 300_000, 1_100_000, 3_000_000]);
    const big = "x".repeat(size);
    const choice = Math.floor(random() * 5);
    if (choice === 0) return apiRequest("CreateStateMachine", JSON.stringify({ name: big, definition: SAMPLE_DEFINITION, roleArn: ROLE }));
    if (choice === 1) return apiRequest("StartExecution", JSON.stringify({ stateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:fuzz-target", input: JSON.stringify(big) }));
    if (choice === 2) return apiRequest("TestState", JSON.stringify({ definition: SAMPLE_DEFINITION, roleArn: ROLE, input: JSON.stringify(big) }));
    if (choice === 3) return apiRequest("TagResource", JSON.stringify({ resourceArn: "arn:aws:states:us-east-1:123456789012:stateMachine:fuzz-target", tags: Array.from({ length: Math.min(size, 5000) }, (_, i) => ({ key: `k${i}`, value: "v" })) }));
    return apiRequest("ListExecutions", JSON.stringify({ stateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:fuzz-target", maxResults: pick(random, [-1, 0, 1001, 2 ** 31, 1e300]), nextToken: big.slice(0, 5000) }));
  },
  "bad ARNs": (random) => {
    const operation = pick(random, OPERATIONS.filter((name) => name !== "TestState"));
    const input = MODEL.shapes[MODEL.operations[operation]?.input ?? ""];
    const body: Record<string, unknown> = {};
    for (const member of Object.keys(input?.members ?? {})) {
      if (/arn$/i.test(member) || member === "taskToken" || member === "nextToken") body[member] = pick(random, BAD_ARNS);
    }
    if (random() < 0.3) body["name"] = pick(random, ["ok", "\ud800", "a b", ""]);
    return apiRequest(operation, JSON.stringify(body));
  },
  "odd encodings": (random) => {
    const body = '{"name":"x"}';
    const variants: FuzzRequest[] = [
      apiRequest("ListStateMachines", zlib.gzipSync("{}"), { "Content-Encoding": "gzip" }),
      apiRequest("ListStateMachines", zlib.deflateSync("{}"), { "Content-Encoding": "deflate" }),
      apiRequest("ListStateMachines", zlib.brotliCompressSync("{}"), { "Content-Encoding": "br" }),
      apiRequest("ListStateMachines", "{}", { "Content-Encoding": "compress, gzip" }),
      apiRequest("CreateActivity", Buffer.from(body, "utf16le"), { "Content-Type": "application/x-amz-json-1.0; charset=utf-16" }),
      apiRequest("CreateActivity", Buffer.from([0x7b, 0x22, 0x6e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), {}),
      apiRequest("CreateActivity", body, { "Content-Type": "application/x-amz-json-1.0; charset=latin1" }),
      apiRequest("CreateActivity", '{"name":"\\ud800"}'),
      apiRequest("CreateActivity", '{"name":"a\\u0000b"}'),
      apiRequest("CreateActivity", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)])),
    ];
    return pick(random, variants);
  },
  "odd headers": (random) => {
    const variants: FuzzRequest[] = [
      { method: "POST", path: "/", headers: {}, body: "{}" },
      { method: "POST", path: "/", headers: { "X-Amz-Target": "awsstepfunctions.ListStateMachines" }, body: "{}" },
      { method: "POST", path: "/", headers: { "X-Amz-Target": "AWSStepFunctions." }, body: "{}" },
      { method: "POST", path: "/", headers: { "X-Amz-Target": "AWSStepFunctions.__proto__" }, body: "{}" },
      { method: "POST", path: "/", headers: { "X-Amz-Target": "AWSStepFunctions.constructor" }, body: "{}" },
      { method: "POST", path: "/", headers: { "X-Amz-Target": "AWSStepFunctions.ListStateMachines", "Content-Type": "text/html" }, body: "{}" },
      { method: "POST", path: "/", headers: { "X-Amz-Target": "AWSStepFunctions.ListStateMachines", "X-Padding": "p".repeat(20_000) }, body: "{}" },
      { method: "GET", path: "/", headers: {}, body: "" },
      { method: "PUT", path: "/", headers: {}, body: "{}" },
      { method: "DELETE", path: "/health", headers: {}, body: "" },
      { method: "POST", path: "/%E0%A4%A", headers: {}, body: "{}" },
      { method: "POST", path: "/_emulator/nothing", headers: {}, body: "{}" },
      { method: "OPTIONS", path: "/", headers: {}, body: "" },
      { method: "POST", path: "/?x=1", headers: { "X-Amz-Target": "AWSStepFunctions.ListStateMachines" }, body: "{}" },
      { method: "GET", path: "/health?x=%ZZ", headers: {}, body: "" },
    ];
    return pick(random, variants);
  },
  "odd definitions": (random) => {
    const definition = oddDefinition(random);
    const operation = pick(random, ["ValidateStateMachineDefinition", "CreateStateMachine", "TestState"]);
    if (operation === "ValidateStateMachineDefinition") return apiRequest(operation, JSON.stringify({ definition }));
    if (operation === "TestState") return apiRequest(operation, JSON.stringify({ definition, roleArn: ROLE, input: '{"a":"x","b":[1,2]}' }));
    return apiRequest(operation, JSON.stringify({ name: `odd-${Math.floor(random() * 1e9)}`, definition, roleArn: ROLE }));
  },
  "hostile expressions": (random) => {
    const jsonata = random() < 0.5;
    const state = jsonata
      ? { Type: "Pass", QueryLanguage: "JSONata", Output: pick(random, HOSTILE_EXPRESSIONS), End: true }
      : { Type: "Pass", Parameters: { "a.$": pick(random, HOSTILE_PATHS) }, End: true };
    const input = JSON.stringify(random() < 0.5 ? { a: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!", s: "[1,2]" } : JSON.parse(nested(200)));
    return apiRequest("TestState", JSON.stringify({ definition: JSON.stringify(state), roleArn: ROLE, input }));
  },
};
