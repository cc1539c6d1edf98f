import { randomUUID } from "node:crypto";
import type * as Validation from "../../asl/definition/validation";
import type { ValidateForApiOptions } from "../../asl/definition/validation";
import { stateMachineArn } from "../../shared/arn";
import { ServiceError } from "../../shared/service-error";
import type { Json, JsonObject } from "../../shared/json";
import { variableReferences } from "../../asl/definition/variable-references";
import type { StateMachineRecord } from "../../store/records";
import { assertArn } from "../arn-checks";
import { paginate } from "../pagination";
import { assertValidName } from "../resource-names";
import type { OperationHandler, ServiceContext } from "../service-context";
import { tagsFromList } from "./tag-operations";
import { epochSeconds } from "../wire-time";
import { requireStateMachine } from "./state-machine-lookup";
import { publishVersion } from "./version-operations";

type MachineType = StateMachineRecord["type"];

const DEFAULT_LOGGING: JsonObject = { level: "OFF", includeExecutionData: false };
const DEFAULT_TRACING: JsonObject = { enabled: false };
export const DEFAULT_ENCRYPTION: JsonObject = { type: "AWS_OWNED_KEY" };

let validation: typeof Validation | undefined;

/** The validator (ajv schemas, JSONata) loads on first use: it is a tenth of start-up otherwise. */
function definitionValidation(): typeof Validation {
  validation ??= require("../../asl/definition/validation") as typeof Validation;
  return validation;
}

function assertValidDefinition(definition: string, type: MachineType): void {
  const { validateDefinition, formatInvalidDefinitionMessage } = definitionValidation();
  const errors = validateDefinition(definition, { type }).filter((diagnostic) => diagnostic.severity === "ERROR");
  if (errors.length > 0) throw new ServiceError("InvalidDefinition", formatInvalidDefinitionMessage(errors, definition));
}

function loggingConfiguration(request: Record<string, unknown>): JsonObject {
  const logging = request.loggingConfiguration as JsonObject | undefined;
  if (!logging) return DEFAULT_LOGGING;
  const level = typeof logging.level === "string" ? logging.level : "OFF";
  const destinations = Array.isArray(logging.destinations) ? logging.destinations : [];
  if (level !== "OFF" && destinations.length !== 1) {
    throw new ServiceError("InvalidLoggingConfiguration", "Invalid Logging Configuration: Must specify exactly one Log Destination.");
  }
  const result: JsonObject = { level, includeExecutionData: logging.includeExecutionData === true };
  if (Array.isArray(logging.destinations)) result.destinations = destinations;
  return result;
}

export const createStateMachine: OperationHandler = (ctx, request) => {
  const name = request.name as string;
  const definition = request.definition as string;
  const roleArn = request.roleArn as string;
  const type = (request.type as MachineType | undefined) ?? "STANDARD";
  assertValidName(name);
  assertValidDefinition(definition, type);
  const logging = loggingConfiguration(request);
  const arn = stateMachineArn(ctx.scope, name);
  const existing = ctx.store.getStateMachine(arn);
  if (existing) {
    // Creating the same machine again is idempotent; anything different is a conflict.
    if (existing.definition === definition && existing.roleArn === roleArn && existing.type === type) {
      return { stateMachineArn: arn, creationDate: epochSeconds(existing.creationDate) };
    }
    throw new ServiceError("StateMachineAlreadyExists", `State Machine Already Exists: '${arn}'`);
  }
  const record: StateMachineRecord = {
    stateMachineArn: arn,
    name,
    type,
    definition,
    roleArn,
    creationDate: ctx.now(),
    status: "ACTIVE",
    loggingConfiguration: logging,
    tracingConfiguration: (request.tracingConfiguration as JsonObject | undefined) ?? DEFAULT_TRACING,
    tags: tagsFromList(request.tags),
  };
  if (request.encryptionConfiguration !== undefined) {
    record.encryptionConfiguration = request.encryptionConfiguration as JsonObject;
  }
  if (typeof request.description === "string") record.description = request.description;
  ctx.store.putStateMachine(record);
  const response: Record<string, unknown> = { stateMachineArn: arn, creationDate: epochSeconds(record.creationDate) };
  if (request.publish === true) {
    response.stateMachineVersionArn = publishVersion(ctx, record, request.versionDescription as string | undefined).stateMachineArn;
  }
  return response;
};

/** DescribeStateMachine lists the variables each state reads, when any state reads one. */
export function definitionVariableReferences(definition: string): Record<string, string[]> | undefined {
  let parsed: Json;
  try {
    parsed = JSON.parse(definition) as Json;
  } catch {
    return undefined;
  }
  const references = variableReferences(parsed);
  return Object.keys(references).length > 0 ? references : undefined;
}

export function describeMachine(machine: StateMachineRecord): object {
  const response: Record<string, unknown> = {
    stateMachineArn: machine.stateMachineArn,
    name: machine.name,
    status: machine.status,
    definition: machine.definition,
    roleArn: machine.roleArn,
    type: machine.type,
    creationDate: epochSeconds(machine.creationDate),
    loggingConfiguration: machine.loggingConfiguration,
    tracingConfiguration: machine.tracingConfiguration,
    encryptionConfiguration: machine.encryptionConfiguration ?? DEFAULT_ENCRYPTION,
  };
  if (machine.description !== undefined) response.description = machine.description;
  if (machine.revisionId !== undefined) response.revisionId = machine.revisionId;
  const references = definitionVariableReferences(machine.definition);
  if (references) response.variableReferences = references;
  return response;
}

export const describeStateMachine: OperationHandler = (ctx, request) =>
  describeMachine(requireStateMachine(ctx, request.stateMachineArn as string));

export const updateStateMachine: OperationHandler = (ctx, request) => {
  const machine = requireStateMachine(ctx, request.stateMachineArn as string);
  if (machine.versionOf !== undefined) {
    throw new ServiceError("StateMachineDoesNotExist", `State Machine Does Not Exist: '${machine.stateMachineArn}'`);
  }
  const before = revisionContent(machine);
  if (request.definition === undefined && request.roleArn === undefined && request.loggingConfiguration === undefined && request.tracingConfiguration === undefined) {
    throw new ServiceError("MissingRequiredParameter", "Either the definition, the role ARN, the LoggingConfiguration, or the TracingConfiguration must be specified");
  }
  if (typeof request.definition === "string") {
    assertValidDefinition(request.definition, machine.type);
    machine.definition = request.definition;
  }
  if (typeof request.roleArn === "string") machine.roleArn = request.roleArn;
  if (request.loggingConfiguration !== undefined) machine.loggingConfiguration = loggingConfiguration(request);
  if (request.tracingConfiguration !== undefined) machine.tracingConfiguration = request.tracingConfiguration as JsonObject;
  if (typeof request.description === "string") machine.description = request.description;
  machine.updateDate = ctx.now();
  // A new revision only when something a version would capture has changed.
  if (revisionContent(machine) !== before) machine.revisionId = randomUUID();
  ctx.store.putStateMachine(machine);
  const response: Record<string, unknown> = { updateDate: epochSeconds(machine.updateDate) };
  if (machine.revisionId !== undefined) response.revisionId = machine.revisionId;
  if (request.publish === true) {
    response.stateMachineVersionArn = publishVersion(ctx, machine, request.versionDescription as string | undefined).stateMachineArn;
  }
  return response;
};

function revisionContent(machine: StateMachineRecord): string {
  return JSON.stringify([machine.definition, machine.roleArn, machine.loggingConfiguration, machine.tracingConfiguration]);
}

export const deleteStateMachine: OperationHandler = (ctx, request) => {
  const arn = request.stateMachineArn as string;
  assertArn(arn, ["stateMachine"]);
  for (const record of ctx.store.listStateMachines()) {
    if (record.versionOf === arn) ctx.store.deleteStateMachine(record.stateMachineArn);
  }
  for (const alias of ctx.store.listAliases(arn)) ctx.store.deleteAlias(alias.stateMachineAliasArn);
  ctx.store.deleteStateMachine(arn);
  return {};
};

export const listStateMachines: OperationHandler = (ctx, request) => {
  const machines = ctx.store.listStateMachines().filter((machine) => machine.versionOf === undefined);
  const { page, nextToken } = paginate(machines, request, "ListStateMachines");
  const response: Record<string, unknown> = {
    stateMachines: page.map((machine) => ({
      stateMachineArn: machine.stateMachineArn,
      name: machine.name,
      type: machine.type,
      creationDate: epochSeconds(machine.creationDate),
    })),
  };
  if (nextToken) response.nextToken = nextToken;
  return response;
};

export const validateStateMachineDefinition: OperationHandler = (_ctx, request) => {
  const options: ValidateForApiOptions = { type: (request.type as MachineType | undefined) ?? "STANDARD" };
  if (request.severity === "ERROR" || request.severity === "WARNING") options.severity = request.severity;
  if (typeof request.maxResults === "number") options.maxResults = request.maxResults;
  return definitionValidation().validateForApi(request.definition as string, options);
};
