/** The records the store keeps: state machines and versions, aliases, executions, frames, activities, map runs. */
import type { EncryptionConfiguration, LoggingConfiguration, TracingConfiguration } from "@aws-sdk/client-sfn";
import type { MapRunReport } from "../asl";
import type { Json } from "../shared/json";

/** What the store keeps of a state machine; field names follow DescribeStateMachine. */
export interface StateMachineRecord {
  stateMachineArn: string;
  name: string;
  type: "STANDARD" | "EXPRESS";
  definition: string;
  roleArn: string;
  creationDate: number;
  updateDate?: number;
  status: "ACTIVE" | "DELETING";
  loggingConfiguration: LoggingConfiguration;
  tracingConfiguration: TracingConfiguration;
  description?: string;
  revisionId?: string;
  encryptionConfiguration?: EncryptionConfiguration;
  tags: Record<string, string>;
  /** On a published version: the state machine it belongs to, and its number. */
  versionOf?: string;
  versionNumber?: number;
  /** On a state machine: the highest version number ever published (numbers are never reused). */
  latestVersionNumber?: number;
}

/** A state machine alias: a name routing executions to versions by weight. */
export interface AliasRecord {
  stateMachineAliasArn: string;
  stateMachineArn: string;
  name: string;
  description?: string;
  routingConfiguration: Array<{ stateMachineVersionArn: string; weight: number }>;
  creationDate: number;
  updateDate?: number;
}

export type ExecutionStatus = "RUNNING" | "SUCCEEDED" | "FAILED" | "TIMED_OUT" | "ABORTED" | "PENDING_REDRIVE";

/** What an execution and a DISTRIBUTED Map's child execution both show in DescribeExecution. */
export interface ExecutionSummaryFields {
  executionArn: string;
  stateMachineArn: string;
  name: string;
  type: "STANDARD" | "EXPRESS";
  status: ExecutionStatus;
  startDate: number;
  stopDate?: number;
  input: string;
  output?: string;
  error?: string;
  cause?: string;
  redriveCount: number;
  redriveDate?: number;
}

/** What the store keeps of an execution; field names follow DescribeExecution. */
export interface ExecutionRecord extends ExecutionSummaryFields {
  /** The definition the execution runs: updates to the state machine do not affect it. */
  definition: string;
  roleArn: string;
  /** Set when the execution was started through a version or an alias. */
  stateMachineVersionArn?: string;
  stateMachineAliasArn?: string;
  /** The mock config test case the execution runs under, if any. */
  mockTestCase?: string;
  /** Interpreter bookkeeping that is not per frame (next event id, ...); opaque to the store. */
  runtime: Json;
}

export interface ActivityRecord {
  activityArn: string;
  name: string;
  creationDate: number;
  tags: Record<string, string>;
  /** As CreateActivity gave it; absent means AWS's own key. */
  encryptionConfiguration?: EncryptionConfiguration;
}

/** A frame of a running execution: the root, a Parallel branch or a Map iteration; opaque to the store. */
export interface FrameRecord {
  frameId: string;
  /** The frame without its input: small, rewritten whenever the frame changes. */
  data: Json;
  /** The frame's input, written only when it changed (absent in a write otherwise, and in rows from before migration 4). */
  input?: Json;
}

/** One keyed value a frame keeps in a row of its own (a Map's items and results); opaque to the store. */
export interface FrameValueRecord {
  frameId: string;
  key: string;
  data: Json;
}

/** A DISTRIBUTED Map's run, as DescribeMapRun and ListMapRuns show it: the interpreter's last report with its dates. */
export interface MapRunRecord extends Omit<MapRunReport, "status"> {
  executionArn: string;
  /** ABORTED: the run was still going when its execution ended. */
  status: MapRunReport["status"] | "ABORTED";
  startDate: number;
  stopDate?: number;
  /** When the run was last redriven with its execution (its count is the report's redriveCount). */
  redriveDate?: number;
}

/**
 * A DISTRIBUTED Map's child workflow execution (one iteration or batch), as ListExecutions by
 * mapRunArn and DescribeExecution show it. Its work runs inside the parent's interpreter; this is
 * the record AWS's API exposes of it.
 */
export interface MapChildRecord extends ExecutionSummaryFields {
  mapRunArn: string;
  /** The execution whose Map started it. */
  parentArn: string;
  /** Its stateMachineArn is `stateMachine:<parent machine>/<label or state name>`. */
  index: number;
}
