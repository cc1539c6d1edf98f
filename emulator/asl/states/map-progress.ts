/** A Map's progress (its counters, and the ItemReader or ResultWriter call in flight; items, results and records are frame values) and the compiled Map state the Map files share. */
import type { CompiledState } from "../definition/program";
import type { MapState } from "../definition/types";
import type { ReaderSettings } from "./item-reader-parsing";

/** An ItemReader call in flight, kept in the Map's progress until its answer comes back. */
export type ReaderRequest = {
  taskId: string;
  settings: ReaderSettings;
};

/** The objects a ResultWriter still has to write and where the manifest goes; it puts them one call at a time. */
export type WritePlan = {
  /** The put in flight. */
  taskId: string;
  bucket: string;
  manifestKey: string;
  files: Array<{ key: string; body: string }>;
  /** The index in `files` of the next object to put. */
  next: number;
};

/**
 * The Map's counters; its input, items, results and child records are frame values
 * (map-iteration-values.ts). A type literal, not an interface, so it is JSON without an index
 * signature, which a consumer's declarations check without exactOptionalPropertyTypes would reject.
 */
export type MapProgress = {
  kind: "map";
  /** How many iterations the Map runs. */
  total: number;
  nextIndex: number;
  running: number;
  maxConcurrency: number;
  /** DISTRIBUTED mode: a map run whose iterations stay out of this history. */
  distributed: boolean;
  /** Set for a DISTRIBUTED Map: the map run that DescribeMapRun shows. */
  mapRunArn?: string;
  succeeded: number;
  failures: number;
  /** Failed iterations allowed before the map run fails (DISTRIBUTED only). */
  toleratedCount: number;
  toleratedPercentage: number;
  /** MaxConcurrency as set (0: unlimited), applied once the items are known. */
  maxConcurrencySetting?: number;
  /** The ItemReader call in flight. */
  reader?: ReaderRequest;
  /** Items were selected (ItemSelector) and grouped by ItemBatcher before the iterations. */
  batched?: boolean;
  /** Child executions' details are kept, for a ResultWriter to report them. */
  keepsRecords?: boolean;
  /** The ResultWriter's export in progress. */
  writer?: WritePlan;
  /** A redrive's iterations to run again (map-iteration-queue.ts). */
  redoNext?: number;
  redoEnd?: number;
  /** Redrives of the map run (DISTRIBUTED). */
  runRedriveCount?: number;
  /** The type of a DISTRIBUTED Map's child executions (ProcessorConfig.ExecutionType). */
  childType?: "STANDARD" | "EXPRESS";
};

export type MapCompiled = CompiledState & { definition: MapState };
