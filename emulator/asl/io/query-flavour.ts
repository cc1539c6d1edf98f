/**
 * The data pipeline's interface, one per query language, and the shapes it takes and returns: a state's
 * site, I/O, entry and exit fields, result and exit.
 */
import type { Json, JsonObject } from "../../shared/json";
import type { Catcher, ChoiceRule, QueryLanguage } from "../definition/types";
import type { EvaluationScope } from "./evaluation-scope";
import type { InspectionSink } from "./inspection";

/** Where a state is running, so failures can name it as AWS does ("... the state 'S' (entered at the event id #2)"). */
export interface StateSite {
  stateName: string;
  enteredEventId: number;
}

/** One state's run as the data pipeline sees it: `scope.input` is the state's raw input; variables are pre-state values. */
export interface StateIo {
  scope: EvaluationScope;
  site: StateSite;
  /** Receives the pipeline's intermediate values (TestState's inspection data); absent in executions. */
  inspect?: InspectionSink;
}

/** The fields that decide what a state works on. */
export interface EntryFields {
  InputPath?: string | null | undefined;
  Parameters?: JsonObject | undefined;
  Arguments?: Json | undefined;
}

/** The fields that decide what a state passes on and which variables it sets. */
export interface ExitFields {
  ResultSelector?: JsonObject | undefined;
  ResultPath?: string | null | undefined;
  OutputPath?: string | null | undefined;
  Output?: Json | undefined;
  Assign?: JsonObject | undefined;
}

/** What a state's work produced; `undefined` for states without a result of their own (Pass, Choice, Wait, Succeed). */
export interface StateResult {
  /** The value JSONPath's ResultSelector/ResultPath see: the result, or the effective input for result-less states. */
  value: Json;
  /** Whether JSONata's `$states.result` is defined (Task, Map, Parallel). */
  isResult: boolean;
}

/** The output of a state and the variables its Assign sets (undefined when it has no Assign). */
export interface StateExit {
  output: Json;
  assigned?: JsonObject;
}

/** A number field that is a literal or an expression in one flavour (`...Path` in JSONPath, `{% %}` in JSONata). */
export interface NumberFieldSpec {
  field: string;
  value: number | string | undefined;
  pathField?: string;
  path?: string | undefined;
  kind: "integer" | "number";
}

/**
 * The per-state data pipeline, one design with two flavours (JSONPath, JSONata): every state calls the
 * flavour of its QueryLanguage for its input, its exit (output and Assign), its Catch output and its
 * dynamic fields, so the states themselves never know which language they run.
 */
export interface QueryFlavour {
  readonly language: QueryLanguage;
  /** JSONPath: InputPath then Parameters. JSONata: Arguments, else the raw input. */
  effectiveInput(fields: EntryFields, io: StateIo): Promise<Json>;
  /** JSONPath: InputPath only (Choice, Wait, Map before ItemsPath). JSONata: the raw input. */
  selectedInput(fields: EntryFields, io: StateIo): Promise<Json>;
  /** JSONPath: ResultSelector, Assign, ResultPath, OutputPath. JSONata: Assign and Output. */
  exit(fields: ExitFields, io: StateIo, result: StateResult): Promise<StateExit>;
  /** A catcher's output and Assign, from the error output `{Error, Cause}`. */
  catchExit(catcher: Catcher, index: number, io: StateIo, errorOutput: JsonObject): Promise<StateExit>;
  /** Whether a Choice rule holds: JSONPath data-test expressions on `input`, JSONata's `Condition`. */
  condition(rule: ChoiceRule, index: number, io: StateIo, input: Json): Promise<boolean>;
  /** A Map's items: JSONPath ItemsPath on `input` (after InputPath), JSONata Items or the raw input. */
  items(fields: { ItemsPath?: string | undefined; Items?: Json | undefined }, io: StateIo, input: Json): Promise<Json[]>;
  /** A payload template such as ItemSelector: `.$` keys in JSONPath (reading `input`), `{% %}` strings in JSONata. */
  template(field: string, template: Json, io: StateIo, input: Json): Promise<Json>;
  /** A numeric field, or undefined when the state does not set it. */
  number(spec: NumberFieldSpec, io: StateIo): Promise<number | undefined>;
  /** A string field that JSONata may compute (`Error`, `Cause`), or the JSONPath `...Path` that reads it. */
  text(field: string, value: string | undefined, path: string | undefined, io: StateIo): Promise<string | undefined>;
}
