/**
 * Validation of each state in a scope, by type and query language: its fields, paths, expressions,
 * resources and nested branches or processors.
 */
import { isJsonObject, type Json, type JsonObject } from "../../../shared/json";
import type { Diagnostic } from "../diagnostic";
import { checkChoiceRules } from "./choice-rules";
import { errorAt, schemaError } from "./diagnostic-builders";
import { checkJsonataValues, jsonataExpression } from "./jsonata-checks";
import { at } from "./location";
import { labelProblem } from "./map-label";
import { checkPath, checkPayloadTemplate } from "./path-checks";
import { checkHttpTask } from "./http-task-checks";
import { classifyResource, isStatesResourceFor } from "./resource-arn";
import { checkRetryAndCatch } from "./retry-catch-checks";
import { isRfc3339Timestamp } from "./rfc3339";
import { ITEM_READER_ACTIONS, RESULT_WRITER_ACTIONS } from "./service-integrations";
import { fieldsFor, isStateType, STATE_TYPES, type QueryLanguage, type StateType } from "./state-fields";
import { checkStateSchema } from "./state-schemas";
import { checkTransitions } from "./transition-checks";
import type { ValidationContext } from "./validation-context";

/** Checks a scope of states (machine, branch, processor) and everything nested in it. */
export function checkScope(scope: JsonObject, location: string, context: ValidationContext): void {
  const states = scope["States"];
  const startAt = scope["StartAt"];
  if (startAt !== undefined && typeof startAt !== "string") context.diagnostics.push(schemaError("Expected value of type: String", at(location, "StartAt")));
  if (states !== undefined && !isJsonObject(states)) {
    context.diagnostics.push(schemaError("Expected value of type: Object", at(location, "States")));
    return;
  }
  if (states === undefined) return;
  for (const [name, state] of Object.entries(states)) checkState(name, state, at(location, "States", name), context);
  context.diagnostics.push(...checkTransitions(scope, location));
}

/** Checks a nested scope's own fields: a Parallel branch or a Map's ItemProcessor/Iterator. */
function checkNestedScope(scope: Json, location: string, extraFields: readonly string[], context: ValidationContext): void {
  if (!isJsonObject(scope)) {
    context.diagnostics.push(schemaError("Expected value of type: Object", location));
    return;
  }
  const missing = ["StartAt", "States"].filter((field) => !(field in scope));
  if (missing.length > 0) context.diagnostics.push(schemaError(`These fields are required: [${missing.join(", ")}]`, location));
  for (const field of Object.keys(scope)) {
    if (!["StartAt", "States", "Comment", ...extraFields].includes(field)) {
      context.diagnostics.push(schemaError(`Field '${field}' is not supported`, location));
    }
  }
  checkScope(scope, location, context);
}

function checkState(name: string, state: Json, location: string, context: ValidationContext): void {
  const diagnostics = context.diagnostics;
  if (context.stateNames.has(name)) diagnostics.push(errorAt("DUPLICATE_STATE_NAME", `Duplicate State name: ${name}`, location));
  context.stateNames.add(name);
  if (!isJsonObject(state)) {
    diagnostics.push(schemaError("Expected value of type: Object", location));
    return;
  }
  const type = state["Type"];
  if (type === undefined) {
    diagnostics.push(schemaError("These fields are required: [Type]", location));
    return;
  }
  if (!isStateType(type)) {
    diagnostics.push(schemaError(`The field 'Type' should have one of these values: [${STATE_TYPES.join(", ")}]`, at(location, "Type")));
    return;
  }
  const language = stateLanguage(state, location, context);
  const otherLanguage: QueryLanguage = language === "JSONPath" ? "JSONata" : "JSONPath";
  const own = fieldsFor(type, language);
  const other = fieldsFor(type, otherLanguage);
  for (const field of Object.keys(state)) {
    if (!own.includes(field) && other.includes(field)) {
      diagnostics.push(
        schemaError(`The QueryLanguage is set to '${language}', but field '${field}' is only supported for the '${otherLanguage}' QueryLanguage`, location),
      );
    }
  }
  for (const problem of checkStateSchema(state, type, language)) diagnostics.push(schemaError(problem.message, at(location, ...problem.segments)));
  checkTransitionFields(state, type, location, diagnostics);
  if (language === "JSONPath") checkJsonPathFields(state, location, diagnostics);
  else checkJsonataFields(state, location, diagnostics);
  checkTypeSpecific(state, type, language, location, context);
}

/** A state's language: its own QueryLanguage, else the machine's; only exactly "JSONPath" means JSONPath. */
function stateLanguage(state: JsonObject, location: string, context: ValidationContext): QueryLanguage {
  const declared = state["QueryLanguage"];
  if (declared === undefined) return context.topLanguage;
  if (declared === "JSONPath") {
    if (context.topLanguage === "JSONata") {
      context.diagnostics.push(schemaError("'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine", location));
    }
    return "JSONPath";
  }
  return "JSONata";
}

function checkTransitionFields(state: JsonObject, type: StateType, location: string, diagnostics: Diagnostic[]): void {
  if (type === "Choice" || type === "Succeed" || type === "Fail") return;
  const hasNext = "Next" in state;
  const ends = state["End"] === true;
  if (hasNext && ends) diagnostics.push(schemaError("Only one of these fields can be present: [Next, End]", location));
  if (!hasNext && !ends) diagnostics.push(schemaError("Exactly one of these fields is required: [Next, End]", location));
}

function checkJsonPathFields(state: JsonObject, location: string, diagnostics: Diagnostic[]): void {
  for (const field of ["InputPath", "OutputPath", "ItemsPath"]) diagnostics.push(...checkPath(state[field], at(location, field)));
  diagnostics.push(...checkPath(state["ResultPath"], at(location, "ResultPath"), { reference: true }));
  for (const field of [
    "SecondsPath",
    "TimestampPath",
    "TimeoutSecondsPath",
    "HeartbeatSecondsPath",
    "MaxConcurrencyPath",
    "ToleratedFailurePercentagePath",
    "ToleratedFailureCountPath",
  ]) {
    diagnostics.push(...checkPath(state[field], at(location, field), { reference: true }));
  }
  for (const field of ["ErrorPath", "CausePath"]) diagnostics.push(...checkPath(state[field], at(location, field), { intrinsic: true }));
  for (const field of ["Parameters", "ResultSelector", "ItemSelector", "Assign"]) diagnostics.push(...checkPayloadTemplate(state[field], at(location, field)));
}

/** JSONata fields whose plain (non-expression) value must be a number. */
const JSONATA_NUMERIC = ["TimeoutSeconds", "HeartbeatSeconds", "Seconds", "MaxConcurrency", "ToleratedFailurePercentage", "ToleratedFailureCount"];

function checkJsonataFields(state: JsonObject, location: string, diagnostics: Diagnostic[]): void {
  for (const field of ["Arguments", "Output", "Assign", "Items", "ItemSelector", "Error", "Cause", "Timestamp", ...JSONATA_NUMERIC]) {
    diagnostics.push(...checkJsonataValues(state[field], at(location, field)));
  }
  for (const field of JSONATA_NUMERIC) {
    const value = state[field];
    if (typeof value === "string" && jsonataExpression(value) === undefined) {
      diagnostics.push(schemaError(`Expected value of type: ${field === "ToleratedFailurePercentage" ? "Number" : "Integer"}`, at(location, field)));
    }
  }
  for (const field of ["Items", "Arguments", "ItemSelector"]) {
    const value = state[field];
    if (typeof value === "string" && jsonataExpression(value) === undefined) {
      diagnostics.push(schemaError(`Expected value of type: ${field === "Items" ? "Array" : "Object"}`, at(location, field)));
    }
  }
}

function checkTypeSpecific(state: JsonObject, type: StateType, language: QueryLanguage, location: string, context: ValidationContext): void {
  const diagnostics = context.diagnostics;
  switch (type) {
    case "Task":
      checkTask(state, language, location, context);
      diagnostics.push(...checkRetryAndCatch(state, language, location));
      return;
    case "Wait":
      checkWait(state, language, location, diagnostics);
      return;
    case "Fail":
      exclusive(state, ["Error", "ErrorPath"], location, diagnostics);
      exclusive(state, ["Cause", "CausePath"], location, diagnostics);
      return;
    case "Choice": {
      const choices = state["Choices"];
      if (Array.isArray(choices)) diagnostics.push(...checkChoiceRules(choices, language, at(location, "Choices")));
      return;
    }
    case "Parallel": {
      diagnostics.push(...checkRetryAndCatch(state, language, location));
      const branches = state["Branches"];
      if (Array.isArray(branches)) branches.forEach((branch, index) => checkNestedScope(branch, at(location, "Branches", index), [], context));
      return;
    }
    case "Map":
      diagnostics.push(...checkRetryAndCatch(state, language, location));
      checkMap(state, language, location, context);
      return;
    case "Pass":
    case "Succeed":
      return;
    default: {
      const unreachable: never = type;
      return unreachable;
    }
  }
}

function exclusive(state: JsonObject, fields: string[], location: string, diagnostics: Diagnostic[]): void {
  if (fields.filter((field) => field in state).length > 1) {
    diagnostics.push(schemaError(`Only one of these fields can be present: [${fields.join(", ")}]`, location));
  }
}

function checkTask(state: JsonObject, language: QueryLanguage, location: string, context: ValidationContext): void {
  const diagnostics = context.diagnostics;
  exclusive(state, ["TimeoutSeconds", "TimeoutSecondsPath"], location, diagnostics);
  exclusive(state, ["HeartbeatSeconds", "HeartbeatSecondsPath"], location, diagnostics);
  const timeout = state["TimeoutSeconds"];
  const heartbeat = state["HeartbeatSeconds"];
  if (typeof timeout === "number" && typeof heartbeat === "number" && heartbeat > timeout) {
    diagnostics.push(schemaError("HeartbeatSeconds must not be greater than TimeoutSeconds", at(location, "HeartbeatSeconds")));
  }
  checkCredentials(state["Credentials"], language, at(location, "Credentials"), diagnostics);
  const resource = state["Resource"];
  if (typeof resource !== "string") return;
  const resourceLocation = at(location, "Resource");
  const kind = classifyResource(resource);
  if (kind.kind === "unrecognized") {
    diagnostics.push(
      schemaError(
        `The resource provided ${resource} is not recognized. The value is not a valid resource ARN, or the resource is not available in this region.`,
        resourceLocation,
      ),
    );
    return;
  }
  if (kind.kind === "integration" && kind.service === "http" && kind.action === "invoke") diagnostics.push(...checkHttpTask(state, location));
  if (context.workflowType !== "EXPRESS") return;
  if (kind.kind === "activity") {
    diagnostics.push(schemaError("Express state machine does not support Activity ARN", resourceLocation));
  } else if ((kind.kind === "integration" || kind.kind === "aws-sdk") && kind.pattern !== "") {
    const pattern = kind.pattern === ".sync:2" ? ".sync" : kind.pattern;
    diagnostics.push(schemaError(`Express state machine does not support '${pattern}' service integration `, resourceLocation));
  }
}

function checkCredentials(credentials: Json | undefined, language: QueryLanguage, location: string, diagnostics: Diagnostic[]): void {
  if (!isJsonObject(credentials)) return;
  const hasRoleArn = "RoleArn" in credentials || (language === "JSONPath" && "RoleArn.$" in credentials);
  if (!hasRoleArn) {
    diagnostics.push(schemaError("The field 'RoleArn' is required but was missing", location));
    return;
  }
  if (language === "JSONPath") diagnostics.push(...checkPayloadTemplate(credentials, location));
  else diagnostics.push(...checkJsonataValues(credentials, location));
}

function checkWait(state: JsonObject, language: QueryLanguage, location: string, diagnostics: Diagnostic[]): void {
  const options = language === "JSONPath" ? ["Seconds", "SecondsPath", "Timestamp", "TimestampPath"] : ["Seconds", "Timestamp"];
  const present = options.filter((field) => field in state);
  if (present.length !== 1) diagnostics.push(schemaError(`Exactly one of these fields is required: [${options.join(", ")}]`, location));
  const timestamp = state["Timestamp"];
  if (typeof timestamp === "string" && !isRfc3339Timestamp(timestamp)) {
    if (language === "JSONPath" || jsonataExpression(timestamp) === undefined) {
      diagnostics.push(schemaError("String does not match RFC3339 timestamp", at(location, "Timestamp")));
    }
  }
}

function checkMap(state: JsonObject, language: QueryLanguage, location: string, context: ValidationContext): void {
  const diagnostics = context.diagnostics;
  exclusive(state, ["MaxConcurrency", "MaxConcurrencyPath"], location, diagnostics);
  exclusive(state, ["ToleratedFailurePercentage", "ToleratedFailurePercentagePath"], location, diagnostics);
  exclusive(state, ["ToleratedFailureCount", "ToleratedFailureCountPath"], location, diagnostics);
  const processorField = "ItemProcessor" in state ? "ItemProcessor" : "Iterator" in state ? "Iterator" : undefined;
  if (processorField === undefined) {
    diagnostics.push(schemaError("These fields are required: [ItemProcessor]", location));
  } else if ("ItemProcessor" in state && "Iterator" in state) {
    diagnostics.push(schemaError("Only one of these fields can be present: [ItemProcessor, Iterator]", location));
  }
  let childType = context.workflowType;
  if (processorField !== undefined) {
    const processor = state[processorField] as Json;
    const processorLocation = at(location, processorField);
    if (isJsonObject(processor)) {
      const config = processor["ProcessorConfig"];
      if (config !== undefined) childType = checkProcessorConfig(config, at(processorLocation, "ProcessorConfig"), context);
    }
    const nested = { ...context, workflowType: childType, diagnostics: [] as Diagnostic[] };
    checkNestedScope(processor, processorLocation, ["ProcessorConfig"], nested);
    diagnostics.push(...nested.diagnostics);
  }
  checkItemIo(state, language, location, diagnostics);
  const label = state["Label"];
  if (typeof label === "string") {
    const problem = labelProblem(label);
    if (problem !== undefined) context.labelDiagnostics.push(errorAt("INVALID_LABEL_NAME", problem, at(location, "Label")));
  }
}

/** Checks ProcessorConfig and returns the workflow type the Map's children run as. */
function checkProcessorConfig(config: Json, location: string, context: ValidationContext): "STANDARD" | "EXPRESS" {
  if (!isJsonObject(config)) {
    context.diagnostics.push(schemaError("Expected value of type: Object", location));
    return context.workflowType;
  }
  for (const field of Object.keys(config)) {
    if (!["Mode", "ExecutionType", "Comment"].includes(field)) context.diagnostics.push(schemaError(`Field '${field}' is not supported`, location));
  }
  const mode = config["Mode"];
  if (mode !== undefined && mode !== "INLINE" && mode !== "DISTRIBUTED") {
    context.diagnostics.push(schemaError("The field 'Mode' should have one of these values: [INLINE, DISTRIBUTED]", at(location, "Mode")));
  }
  const executionType = config["ExecutionType"];
  if (executionType !== undefined && executionType !== "STANDARD" && executionType !== "EXPRESS") {
    context.diagnostics.push(schemaError("The field 'ExecutionType' should have one of these values: [STANDARD, EXPRESS]", at(location, "ExecutionType")));
  }
  if (mode === "DISTRIBUTED" && executionType === undefined) context.diagnostics.push(schemaError("These fields are required: [ExecutionType]", location));
  return mode === "DISTRIBUTED" && executionType === "EXPRESS" ? "EXPRESS" : context.workflowType;
}

/** An ItemReader's or ResultWriter's `Resource` must be one of the S3 actions it may call. */
function checkStatesResource(resource: Json | undefined, actions: Record<string, string[]>, location: string): Diagnostic[] {
  if (typeof resource !== "string" || isStatesResourceFor(resource, actions)) return [];
  return [
    schemaError(
      `The resource provided ${resource} is not recognized. The value is not a valid resource ARN, or the resource is not available in this region.`,
      at(location, "Resource"),
    ),
  ];
}

function checkItemIo(state: JsonObject, language: QueryLanguage, location: string, diagnostics: Diagnostic[]): void {
  const reader = state["ItemReader"];
  if (isJsonObject(reader)) {
    const readerLocation = at(location, "ItemReader");
    diagnostics.push(...checkStatesResource(reader["Resource"], ITEM_READER_ACTIONS, readerLocation));
    if (language === "JSONPath") {
      diagnostics.push(...checkPayloadTemplate(reader["Parameters"], at(readerLocation, "Parameters")));
      const config = reader["ReaderConfig"];
      if (isJsonObject(config)) diagnostics.push(...checkPath(config["MaxItemsPath"], at(readerLocation, "ReaderConfig", "MaxItemsPath"), { reference: true }));
    } else {
      diagnostics.push(...checkJsonataValues(reader["Arguments"], at(readerLocation, "Arguments")));
      diagnostics.push(...checkJsonataValues(reader["ReaderConfig"], at(readerLocation, "ReaderConfig")));
    }
  }
  const writer = state["ResultWriter"];
  if (isJsonObject(writer)) {
    const writerLocation = at(location, "ResultWriter");
    diagnostics.push(...checkStatesResource(writer["Resource"], RESULT_WRITER_ACTIONS, writerLocation));
    if (language === "JSONPath") diagnostics.push(...checkPayloadTemplate(writer["Parameters"], at(writerLocation, "Parameters")));
    else diagnostics.push(...checkJsonataValues(writer["Arguments"], at(writerLocation, "Arguments")));
  }
  const batcher = state["ItemBatcher"];
  if (isJsonObject(batcher)) {
    const batcherLocation = at(location, "ItemBatcher");
    if (language === "JSONPath") {
      diagnostics.push(...checkPayloadTemplate(batcher["BatchInput"], at(batcherLocation, "BatchInput")));
      for (const field of ["MaxItemsPerBatchPath", "MaxInputBytesPerBatchPath"]) {
        diagnostics.push(...checkPath(batcher[field], at(batcherLocation, field), { reference: true }));
      }
    } else {
      diagnostics.push(...checkJsonataValues(batcher, batcherLocation));
    }
  }
}
