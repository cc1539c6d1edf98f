/**
 * TestState's inspection data: the pipeline's intermediate values it reports, and the sink that records
 * them.
 */
import type { Json } from "../../shared/json";

/** The intermediate values of a state's data pipeline that TestState reports in `inspectionData`. */
export type InspectionField =
  | "afterInputPath"
  | "afterParameters"
  | "afterArguments"
  | "result"
  | "afterResultSelector"
  | "afterResultPath"
  | "afterItemsPath";

/**
 * Where the pipeline writes what it computed, step by step. Only TestState passes one; executions
 * leave it out, so the pipeline skips the recording altogether.
 */
export interface InspectionSink {
  record(field: InspectionField, value: Json): void;
}
