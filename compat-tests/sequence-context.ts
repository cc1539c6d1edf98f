/** The run-time values of one replayed API sequence (tokens, roles, each step's response or error) and the `$`-forms that refer to them. */
import { isJsonObject, type Json, type JsonObject } from "../emulator/shared/json";
import { pythonJsonText } from "../emulator/shared/python-json";
import { listField } from "./case-loader";
import { shortJson } from "./compare";
import { shortUid } from "./run-context";
import { REPLAY_ACCOUNT, REPLAY_REGION, REPLAY_ROLE_ARN, type ApiCallError } from "./sfn-client";

/** A step that cannot be issued or checked (it refers to a step without a response). */
export class ReplayError extends Error {
  override readonly name = "ReplayError";
}

/** Run-time values of one sequence: random tokens, roles, each step's response or error. */
export class SequenceContext {
  readonly uids = new Map<number, string>();
  readonly roles = new Map<number, string>();
  readonly responses = new Map<number, JsonObject>();
  readonly errors = new Map<number, ApiCallError>();
  account = REPLAY_ACCOUNT;
  region = REPLAY_REGION;

  uid(n: number): string {
    let v = this.uids.get(n);
    if (v === undefined) {
      v = shortUid(8);
      this.uids.set(n, v);
    }
    return v;
  }

  role(n: number): string {
    let v = this.roles.get(n);
    if (v === undefined) {
      v = `${REPLAY_ROLE_ARN}-r${n}`;
      this.roles.set(n, v);
    }
    return v;
  }

  /** `stepN.a.b.0`: a value of an earlier step's response. */
  ref(spec: string): Json {
    const [head = "", ...path] = spec.split(".");
    const n = Number(head.slice(4));
    let cur: Json | undefined = this.responses.get(n);
    if (cur === undefined) throw new ReplayError(`reference ${spec}: step ${n} has no response`);
    for (const p of path) {
      if (Array.isArray(cur) && /^-?\d+$/.test(p)) {
        const i = Number(p);
        cur = cur[i < 0 ? cur.length + i : i];
      } else if (isJsonObject(cur) && Object.hasOwn(cur, p)) {
        cur = cur[p];
      } else {
        throw new ReplayError(`reference ${spec}: no '${p}' in step ${n}'s response`);
      }
      if (cur === undefined) throw new ReplayError(`reference ${spec}: no '${p}' in step ${n}'s response`);
    }
    return cur;
  }

  /** Resolves `$ref`, `$uid`, `$role`, `$ctx`, `$concat`, `$replace`, `$slice`, `$json` anywhere in a value. */
  resolve(v: Json): Json {
    if (Array.isArray(v)) return v.map((x) => this.resolve(x));
    if (!isJsonObject(v)) return v;
    const keys = Object.keys(v);
    const special = keys.length > 0 && keys.every((k) => k.startsWith("$") || k === "kwargs") && keys.some((k) => k.startsWith("$"));
    if (special) {
      if ("$ref" in v) return this.ref(String(v["$ref"]));
      if ("$uid" in v) return this.uid(Number(v["$uid"]));
      if ("$role" in v) return this.role(Number(v["$role"]));
      if ("$ctx" in v) return v["$ctx"] === "account" ? this.account : this.region;
      if ("$concat" in v) return listField(v, "$concat").map((x) => pythonStr(this.resolve(x))).join("");
      if ("$replace" in v) {
        const [a, b, c] = listField(v, "$replace").map((x) => pythonStr(this.resolve(x)));
        return (a ?? "").split(b ?? "").join(c ?? "");
      }
      if ("$slice" in v) {
        const [a, lo, hi] = listField(v, "$slice");
        const target = this.resolve(a ?? null);
        return pySlice(target, lo ?? null, hi ?? null);
      }
      if ("$json" in v) {
        const kwargs = isJsonObject(v["kwargs"]) ? v["kwargs"] : {};
        return pythonDumpsWithKwargs(this.resolve(v["$json"] ?? null), kwargs);
      }
      if ("$runtime" in v) throw new ReplayError(`value only known to the original test: ${JSON.stringify(v["$runtime"])}`);
    }
    const out: JsonObject = {};
    for (const [k, x] of Object.entries(v)) out[k] = this.resolve(x);
    return out;
  }
}

export function pythonStr(v: Json): string {
  if (typeof v === "string") return v;
  if (v === null) return "None";
  if (typeof v === "boolean") return v ? "True" : "False";
  return JSON.stringify(v);
}

export function pySlice(target: Json, lo: Json, hi: Json): Json {
  const start = typeof lo === "number" ? lo : undefined;
  const end = typeof hi === "number" ? hi : undefined;
  if (typeof target === "string" || Array.isArray(target)) return target.slice(start, end) as Json;
  throw new ReplayError(`cannot slice ${shortJson(target)}`);
}

/** `json.dumps(value, **kwargs)`: compact separators or Python's default form. */
function pythonDumpsWithKwargs(value: Json, kwargs: JsonObject): string {
  const seps = kwargs["separators"];
  if (Array.isArray(seps) && seps[0] === "," && seps[1] === ":") return JSON.stringify(value);
  return pythonJsonText(value);
}
