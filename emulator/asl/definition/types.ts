/** ASL as written by users, field names verbatim; the validator has already checked the shapes. */
import type { Json, JsonObject } from "../../shared/json";

export type QueryLanguage = "JSONPath" | "JSONata";

export interface StateMachineDefinition {
  StartAt: string;
  States: Record<string, StateDefinition>;
  Comment?: string;
  Version?: string;
  TimeoutSeconds?: number;
  QueryLanguage?: QueryLanguage;
}

interface CommonFields {
  Comment?: string;
  QueryLanguage?: QueryLanguage;
  Next?: string;
  End?: boolean;
  InputPath?: string | null;
  OutputPath?: string | null;
  Output?: Json;
  Assign?: JsonObject;
}

export interface Retrier {
  ErrorEquals: string[];
  IntervalSeconds?: number;
  MaxAttempts?: number;
  BackoffRate?: number;
  MaxDelaySeconds?: number;
  JitterStrategy?: "FULL" | "NONE";
  Comment?: string;
}

export interface Catcher {
  ErrorEquals: string[];
  Next: string;
  ResultPath?: string | null;
  Output?: Json;
  Assign?: JsonObject;
  Comment?: string;
}

interface RecoverableFields {
  Retry?: Retrier[];
  Catch?: Catcher[];
  ResultPath?: string | null;
  ResultSelector?: JsonObject;
}

export interface PassState extends CommonFields {
  Type: "Pass";
  Result?: Json;
  ResultPath?: string | null;
  Parameters?: JsonObject;
}

export interface SucceedState extends CommonFields {
  Type: "Succeed";
}

export interface FailState extends CommonFields {
  Type: "Fail";
  Error?: string;
  Cause?: string;
  ErrorPath?: string;
  CausePath?: string;
}

export interface WaitState extends CommonFields {
  Type: "Wait";
  Seconds?: number | string;
  Timestamp?: string;
  SecondsPath?: string;
  TimestampPath?: string;
}

export interface ChoiceRule {
  Variable?: string;
  Next?: string;
  And?: ChoiceRule[];
  Or?: ChoiceRule[];
  Not?: ChoiceRule;
  Condition?: string | boolean;
  Assign?: JsonObject;
  Output?: Json;
  Comment?: string;
  [operator: string]: Json | ChoiceRule | ChoiceRule[] | undefined;
}

export interface ChoiceState extends CommonFields {
  Type: "Choice";
  Choices: ChoiceRule[];
  Default?: string;
}

export interface TaskState extends CommonFields, RecoverableFields {
  Type: "Task";
  Resource: string;
  Parameters?: JsonObject;
  Arguments?: Json;
  TimeoutSeconds?: number | string;
  TimeoutSecondsPath?: string;
  HeartbeatSeconds?: number | string;
  HeartbeatSecondsPath?: string;
  Credentials?: JsonObject;
}

export interface SubMachineDefinition {
  StartAt: string;
  States: Record<string, StateDefinition>;
  Comment?: string;
  QueryLanguage?: QueryLanguage;
  ProcessorConfig?: { Mode?: "INLINE" | "DISTRIBUTED"; ExecutionType?: "STANDARD" | "EXPRESS" };
}

export interface ParallelState extends CommonFields, RecoverableFields {
  Type: "Parallel";
  Branches: SubMachineDefinition[];
  Parameters?: JsonObject;
  Arguments?: Json;
}

export interface MapState extends CommonFields, RecoverableFields {
  Type: "Map";
  ItemProcessor?: SubMachineDefinition;
  Iterator?: SubMachineDefinition;
  ItemsPath?: string;
  Items?: Json;
  ItemSelector?: JsonObject;
  Parameters?: JsonObject;
  MaxConcurrency?: number | string;
  MaxConcurrencyPath?: string;
  ToleratedFailureCount?: number | string;
  ToleratedFailureCountPath?: string;
  ToleratedFailurePercentage?: number | string;
  ToleratedFailurePercentagePath?: string;
  Label?: string;
  ItemReader?: JsonObject;
  ItemBatcher?: JsonObject;
  ResultWriter?: JsonObject;
}

export type StateDefinition =
  | PassState
  | SucceedState
  | FailState
  | WaitState
  | ChoiceState
  | TaskState
  | ParallelState
  | MapState;

export type StateType = StateDefinition["Type"];
