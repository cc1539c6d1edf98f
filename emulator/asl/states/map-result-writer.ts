/** A Map's ResultWriter: the results reshaped per WriterConfig, and their export to S3 planned and put one object at a time. */
import { isJsonObject, type Json, type JsonObject } from "../../shared/json";
import { flavourOf } from "../io/flavour-of";
import type { StateIo } from "../io/query-flavour";
import type { Frame } from "../interpreter/frame";
import type { StepContext } from "../interpreter/step-context";
import type { MapCompiled, WritePlan } from "./map-progress";

/** The name a failed export gets, as AWS's States.* error list has it. */
export const RESULT_WRITER_FAILED = "States.ResultWriterFailed";

/** One child execution of a map run, kept while a ResultWriter needs its details (plain JSON). */
export interface ChildRecord {
  name: string;
  input: Json;
  startDate: number;
  stopDate: number | null;
  status: "SUCCEEDED" | "FAILED" | null;
  [key: string]: Json;
}

type Transformation = "NONE" | "COMPACT" | "FLATTEN";

/** Whether the Map keeps child records: any ResultWriter may need them. */
export function keepsChildRecords(state: MapCompiled): boolean {
  return state.definition.ResultWriter !== undefined;
}

/** Whether the run's results go to S3 (ResultWriter with a Resource) rather than only being reshaped. */
export function exportsResults(state: MapCompiled): boolean {
  return state.resultWriter !== undefined;
}

function writerConfig(state: MapCompiled): { transformation: Transformation; outputType: "JSON" | "JSONL" } {
  const config = state.definition.ResultWriter?.["WriterConfig"];
  const fields = isJsonObject(config) ? config : {};
  const exported = exportsResults(state);
  const transformation = fields["Transformation"];
  return {
    // AWS's defaults: full execution records in S3 files, bare outputs in the state output.
    transformation: transformation === "NONE" || transformation === "COMPACT" || transformation === "FLATTEN" ? transformation : exported ? "NONE" : "COMPACT",
    outputType: fields["OutputType"] === "JSONL" ? "JSONL" : "JSON",
  };
}

/** A child execution's record as DescribeExecution would show it, keys in AWS's (alphabetical) order. */
function executionRecord(record: ChildRecord, result: Json, mapRunArn: string): JsonObject {
  // A map run's children belong to the state machine `<parent>/<label>` that the map run ARN names.
  const head = mapRunArn.slice(0, mapRunArn.lastIndexOf(":"));
  const executionArn = `${head.replace(":mapRun:", ":execution:")}:${record.name}`;
  const stateMachineArn = head.replace(":mapRun:", ":stateMachine:");
  const out: JsonObject = {};
  if (record.status === "FAILED") {
    const failure = isJsonObject(result) ? result : {};
    const { Cause: cause, Error: error } = failure;
    if (cause !== undefined) out.Cause = cause;
    if (error !== undefined) out.Error = error;
  }
  out.ExecutionArn = executionArn;
  out.Input = JSON.stringify(record.input);
  out.InputDetails = { Included: true };
  out.Name = record.name;
  if (record.status !== "FAILED") {
    out.Output = JSON.stringify(result);
    out.OutputDetails = { Included: true };
  }
  out.StartDate = new Date(record.startDate).toISOString();
  out.StateMachineArn = stateMachineArn;
  out.Status = record.status ?? "RUNNING";
  if (record.stopDate !== null) out.StopDate = new Date(record.stopDate).toISOString();
  return out;
}

function transformed(entries: Array<{ record: ChildRecord; result: Json }>, transformation: Transformation, mapRunArn: string): Json[] {
  const out: Json[] = [];
  for (const { record, result } of entries) {
    // A failed child is always reported in full, whatever the transformation.
    if (transformation === "NONE" || record.status === "FAILED") out.push(executionRecord(record, result, mapRunArn));
    else if (transformation === "FLATTEN" && Array.isArray(result)) out.push(...result);
    else out.push(result);
  }
  return out;
}

/** The Map's result when a WriterConfig reshapes it without exporting (or when there is no record to use). */
export function shapedResults(state: MapCompiled, results: Json[], records: ChildRecord[] | undefined, mapRunArn: string | undefined): Json[] {
  if (!keepsChildRecords(state) || records === undefined || mapRunArn === undefined) return results;
  const { transformation } = writerConfig(state);
  if (transformation === "COMPACT") return results;
  const entries: Array<{ record: ChildRecord; result: Json }> = [];
  for (const [index, result] of results.entries()) {
    const record = records[index];
    if (record === undefined) return results;
    entries.push({ record, result });
  }
  return transformed(entries, transformation, mapRunArn);
}

/**
 * Plans the export AWS makes at the end of a map run: SUCCEEDED_0, FAILED_0 and PENDING_0 files (the
 * ones with entries) under `<Prefix>/<map run id>/`, then manifest.json listing them.
 */
export async function planResultWrite(
  state: MapCompiled,
  io: StateIo,
  input: Json,
  run: { mapRunArn: string; results: Json[]; records: ChildRecord[] },
): Promise<WritePlan> {
  // Called only for a Map that exports, so one with a ResultWriter.
  const writer = state.definition.ResultWriter ?? {};
  const flavour = flavourOf(state.queryLanguage);
  const jsonata = flavour.language === "JSONata";
  const template = (jsonata ? writer["Arguments"] : writer["Parameters"]) ?? {};
  const evaluated = await flavour.template(jsonata ? "Arguments" : "Parameters", template, { ...io, scope: { ...io.scope, input } }, input);
  const parameters = isJsonObject(evaluated) ? evaluated : {};
  const bucket = typeof parameters["Bucket"] === "string" ? parameters["Bucket"] : "";
  const prefix = typeof parameters["Prefix"] === "string" ? parameters["Prefix"] : "";
  const runId = run.mapRunArn.slice(run.mapRunArn.lastIndexOf(":") + 1);
  const folder = prefix === "" ? runId : `${prefix.replace(/\/+$/, "")}/${runId}`;
  const { transformation, outputType } = writerConfig(state);
  const groups: Record<"SUCCEEDED" | "FAILED" | "PENDING", Array<{ record: ChildRecord; result: Json }>> = { SUCCEEDED: [], FAILED: [], PENDING: [] };
  run.records.forEach((record, i) => {
    const group = record.status === "SUCCEEDED" ? "SUCCEEDED" : record.status === "FAILED" ? "FAILED" : "PENDING";
    groups[group].push({ record, result: run.results[i] ?? null });
  });
  const files: WritePlan["files"] = [];
  const manifestFiles: JsonObject = {};
  for (const status of ["FAILED", "PENDING", "SUCCEEDED"] as const) {
    const listed: Json[] = [];
    const entries = groups[status];
    if (entries.length > 0) {
      const values = transformed(entries, transformation, run.mapRunArn);
      const body = outputType === "JSONL" ? values.map((v) => JSON.stringify(v)).join("\n") : JSON.stringify(values);
      const key = `${folder}/${status}_0.${outputType === "JSONL" ? "jsonl" : "json"}`;
      files.push({ key, body });
      listed.push({ Key: key, Size: new TextEncoder().encode(body).length });
    }
    manifestFiles[status] = listed;
  }
  const manifestKey = `${folder}/manifest.json`;
  const manifest = { DestinationBucket: bucket, MapRunArn: run.mapRunArn, ResultFiles: manifestFiles };
  files.push({ key: manifestKey, body: JSON.stringify(manifest) });
  return { taskId: "", bucket, manifestKey, files, next: 0 };
}

/** Asks the runtime to put the plan's next object; true when there was one left. */
export function writeNext(ctx: StepContext, frame: Frame, state: MapCompiled, plan: WritePlan): boolean {
  const file = plan.files[plan.next];
  const call = state.resultWriter;
  if (file === undefined || call === undefined) return false;
  plan.next += 1;
  plan.taskId = ctx.newId("writer");
  ctx.invokeTask(frame, { taskId: plan.taskId, ...call, parameters: { Bucket: plan.bucket, Key: file.key, Body: file.body }, stateName: state.name });
  return true;
}

/** What a Map that exported its results outputs instead of the results. */
export function exportedOutput(plan: WritePlan, mapRunArn: string): JsonObject {
  return { MapRunArn: mapRunArn, ResultWriterDetails: { Bucket: plan.bucket, Key: plan.manifestKey } };
}
