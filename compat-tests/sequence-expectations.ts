/** What a recorded step expected, rebuilt from this replay's responses and errors so both sides can be compared. */
import { isJsonObject, type Json, type JsonObject } from "../emulator/shared/json";
import { formatError } from "./api-call-compare";
import { listField } from "./case-loader";
import { shortJson } from "./compare";
import { pySlice, ReplayError, type SequenceContext } from "./sequence-context";
import { botoErrorResponse, botoErrorString, botoErrorTypename } from "./sfn-client";

type PathPart = Json;

/** The value a test snapshotted, rebuilt from this replay's responses (`$resp` with path and set, `$err`, `$value`). */
function project(proj: Json, ctx: SequenceContext): Json {
  if (Array.isArray(proj)) return proj.map((x) => project(x, ctx));
  if (!isJsonObject(proj)) return proj;
  if ("$resp" in proj) {
    const n = Number(proj["$resp"]);
    const resp = ctx.responses.get(n);
    if (resp === undefined) throw new ReplayError(`snapshot built from step ${n}, which has no response`);
    let cur: Json = structuredClone(resp);
    for (const p of listField(proj, "path") as PathPart[]) {
      if (isJsonObject(p) && isJsonObject(p["filter"])) {
        const f = p["filter"];
        const allowed = ctx.resolve(f["in"] ?? []);
        const field = String(f["field"]);
        cur = (Array.isArray(cur) ? cur : []).filter(
          (x) => isJsonObject(x) && Array.isArray(allowed) && allowed.includes(x[field] ?? null),
        );
      } else if (isJsonObject(p) && Array.isArray(p["slice"])) {
        const [lo, hi] = p["slice"];
        cur = pySlice(cur, lo ?? null, hi ?? null);
      } else {
        cur = index(cur, p);
      }
    }
    for (const entry of listField(proj, "set")) {
      if (!Array.isArray(entry)) continue;
      const [subpath, subproj] = entry;
      const keys = Array.isArray(subpath) ? subpath : [];
      let target: Json = cur;
      for (const k of keys.slice(0, -1)) target = index(target, k);
      const last = keys[keys.length - 1];
      const value = project(subproj ?? null, ctx);
      if (isJsonObject(target) && typeof last === "string") target[last] = value;
      else if (Array.isArray(target) && typeof last === "number") target[last] = value;
    }
    return cur;
  }
  if ("$err" in proj) {
    const n = Number(proj["$err"]);
    const e = ctx.errors.get(n);
    if (e === undefined) throw new ReplayError(`snapshot built from the error of step ${n}, which did not raise`);
    const part = proj["part"];
    if (part === "response") return botoErrorResponse(e);
    if (part === "typename") return botoErrorTypename(e);
    return botoErrorString(e);
  }
  if ("$value" in proj) return ctx.resolve(proj["$value"] ?? null);
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(proj)) out[k] = project(v, ctx);
  return out;
}

function index(cur: Json, key: Json): Json {
  if (Array.isArray(cur) && typeof key === "number") {
    const v = cur[key < 0 ? cur.length + key : key];
    if (v !== undefined) return v;
  } else if (isJsonObject(cur) && typeof key === "string" && Object.hasOwn(cur, key)) {
    return cur[key] ?? null;
  }
  throw new ReplayError(`no ${JSON.stringify(key)} in ${shortJson(cur, 60)}`);
}

/** The value a step's expectation is compared with: a projection, the response, or the error in the recorded format. */
export function actualForExpect(expect: JsonObject, stepIndex: number, ctx: SequenceContext): Json {
  if ("project" in expect) return project(expect["project"] ?? null, ctx);
  if ("response" in expect) {
    const resp = ctx.responses.get(stepIndex);
    if (resp === undefined) {
      const e = ctx.errors.get(stepIndex);
      throw new ReplayError(e ? `expected a response, got error ${e.code}: ${(e.message ?? "").slice(0, 200)}` : "step produced no response");
    }
    return resp;
  }
  const e = ctx.errors.get(stepIndex);
  if (e === undefined) {
    throw new ReplayError(ctx.responses.has(stepIndex) ? "expected an error, the call succeeded" : "step was not issued");
  }
  return formatError(e, typeof expect["format"] === "string" ? expect["format"] : undefined);
}
