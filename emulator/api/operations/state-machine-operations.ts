/** CreateStateMachine, DescribeStateMachine, UpdateStateMachine, DeleteStateMachine, ListStateMachines, ValidateStateMachineDefinition. */
import { randomUUID } from "node:crypto";
import type { DescribeStateMachineOutput } from "@aws-sdk/client-sfn";
import type { ValidateForApiOptions } from "../../asl";
import { definitionValidation } from "../../asl";
import { variableReferences } from "../../asl";
import { inScope, namespaceOf, stateMachineArn } from "../../shared/arn";
import type { Json } from "../../shared/json";
import { ServiceError } from "../../shared/service-error";
import type { StateMachineRecord } from "../../store/records";
import { assertArn } from "../arn-checks";
import type { Wire } from "../operation-shapes";
import { isStringKey, nextToken, pageRequest } from "../pagination";
import { assertValidName } from "../resource-names";
import type { OperationHandler } from "../service-context";
import {
  DEFAULT_ENCRYPTION,
  assertRoleArn,
  encryptionConfiguration,
  loggingConfiguration,
  sameSettings,
  tracingConfiguration,
} from "../state-machine-settings";
import { epochSeconds } from "../wire-time";
import { afterKeyUse, machineKeyUse } from "./key-use";
import { requireStateMachine, requireUnversionedStateMachine } from "./state-machine-lookup";
import { tagsFromList } from "./tag-operations";
import { deleteVersionsOf, latestVersion, publishVersion } from "./version-operations";

type MachineType = StateMachineRecord["type"];

function assertValidDefinition(definition: string, type: MachineType): void {
  const { validateDefinition, formatInvalidDefinitionMessage } = definitionValidation();
  const errors = validateDefinition(definition, { type }).filter((diagnostic) => diagnostic.severity === "ERROR");
  if (errors.length > 0) throw new ServiceError("InvalidDefinition", formatInvalidDefinitionMessage(errors, definition));
}

/** AWS takes a version description only with `publish: true`, on CreateStateMachine and UpdateStateMachine alike. */
function assertVersionDescriptionPublished(request: { publish?: boolean | undefined; versionDescription?: string | undefined }): void {
  if (request.versionDescription !== undefined && request.publish !== true) {
    throw new ServiceError("ValidationException", "Version description can only be set when publish is true");
  }
}

export const createStateMachine: OperationHandler<"CreateStateMachine"> = async (ctx, request) => {
  const { name, definition, roleArn } = request;
  const type = request.type ?? "STANDARD";
  assertValidName(name);
  assertVersionDescriptionPublished(request);
  assertValidDefinition(definition, type);
  assertRoleArn(roleArn);
  const logging = loggingConfiguration(request.loggingConfiguration);
  const tracing = tracingConfiguration(request.tracingConfiguration);
  const encryption = encryptionConfiguration(request.encryptionConfiguration);
  const arn = stateMachineArn(ctx.scope, name);
  // Checked before the store is read, so nothing awaits between reading and writing the machine.
  await ctx.kms.check(encryption, ctx.scope, arn);
  const existing = ctx.store.getStateMachine(arn);
  if (existing) {
    // The same machine again (role and tags aside) is idempotent and changes nothing; anything else is a conflict.
    const same =
      existing.definition === definition &&
      existing.type === type &&
      sameSettings(existing.loggingConfiguration, logging) &&
      sameSettings(existing.tracingConfiguration, tracing) &&
      sameSettings(existing.encryptionConfiguration ?? DEFAULT_ENCRYPTION, encryption ?? DEFAULT_ENCRYPTION);
    const version = request.publish === true ? latestVersion(ctx, existing) : undefined;
    const samePublish = request.publish !== true || (version !== undefined && version.description === request.versionDescription);
    if (!same || !samePublish) throw new ServiceError("StateMachineAlreadyExists", `State Machine Already Exists: '${arn}'`);
    return { stateMachineArn: arn, creationDate: epochSeconds(existing.creationDate), stateMachineVersionArn: version?.stateMachineArn };
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
    tracingConfiguration: tracing,
    tags: tagsFromList(request.tags),
  };
  if (encryption !== undefined) record.encryptionConfiguration = encryption;
  ctx.store.putStateMachine(record);
  const version = request.publish === true ? publishVersion(ctx, record, request.versionDescription) : undefined;
  return { stateMachineArn: arn, creationDate: epochSeconds(record.creationDate), stateMachineVersionArn: version?.stateMachineArn };
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

export function describeMachine(machine: StateMachineRecord): Wire<DescribeStateMachineOutput> {
  return {
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
    description: machine.description,
    revisionId: machine.revisionId,
    variableReferences: definitionVariableReferences(machine.definition),
  };
}

/**
 * Reading the definition decrypts it. METADATA_ONLY asks for no decryption, and the definition is
 * then `{}` (the API reference's `includedData` and `definition`).
 */
export const describeStateMachine: OperationHandler<"DescribeStateMachine"> = (ctx, request) => {
  const machine = requireStateMachine(ctx, request.stateMachineArn);
  if (request.includedData === "METADATA_ONLY") return describeMachine({ ...machine, definition: "{}" });
  return afterKeyUse(machineKeyUse(ctx, "decrypt", machine), () => describeMachine(machine));
};

export const updateStateMachine: OperationHandler<"UpdateStateMachine"> = async (ctx, request) => {
  requireUnversionedStateMachine(ctx, request.stateMachineArn);
  assertVersionDescriptionPublished(request);
  const { definition, roleArn } = request;
  if (
    definition === undefined &&
    roleArn === undefined &&
    request.loggingConfiguration === undefined &&
    request.tracingConfiguration === undefined &&
    request.encryptionConfiguration === undefined
  ) {
    throw new ServiceError(
      "MissingRequiredParameter",
      "Either the definition, the role ARN, the LoggingConfiguration, the EncryptionConfiguration or the TracingConfiguration must be specified",
    );
  }
  const encryption = encryptionConfiguration(request.encryptionConfiguration);
  await ctx.kms.check(encryption, ctx.scope, request.stateMachineArn);
  // Read again after the KMS check: a concurrent update may have changed the machine meanwhile.
  const machine = requireUnversionedStateMachine(ctx, request.stateMachineArn);
  const before = revisionContent(machine);
  if (definition !== undefined) {
    assertValidDefinition(definition, machine.type);
    machine.definition = definition;
  }
  if (roleArn !== undefined) {
    assertRoleArn(roleArn);
    machine.roleArn = roleArn;
  }
  if (request.loggingConfiguration !== undefined) machine.loggingConfiguration = loggingConfiguration(request.loggingConfiguration);
  if (request.tracingConfiguration !== undefined) machine.tracingConfiguration = tracingConfiguration(request.tracingConfiguration);
  if (encryption !== undefined) machine.encryptionConfiguration = encryption;
  machine.updateDate = ctx.now();
  // A new revision only when something a version would capture has changed.
  if (revisionContent(machine) !== before) machine.revisionId = randomUUID();
  ctx.store.putStateMachine(machine);
  const version = request.publish === true ? publishVersion(ctx, machine, request.versionDescription) : undefined;
  return { updateDate: epochSeconds(machine.updateDate), revisionId: machine.revisionId, stateMachineVersionArn: version?.stateMachineArn };
};

function revisionContent(machine: StateMachineRecord): string {
  return JSON.stringify([
    machine.definition,
    machine.roleArn,
    machine.loggingConfiguration,
    machine.tracingConfiguration,
    machine.encryptionConfiguration ?? null,
  ]);
}

export const deleteStateMachine: OperationHandler<"DeleteStateMachine"> = (ctx, request) => {
  const arn = request.stateMachineArn;
  assertArn(arn, ["stateMachine"]);
  // Another region's or account's machine is not there to delete, as on AWS.
  if (!inScope(arn, ctx.scope)) return {};
  deleteVersionsOf(ctx, arn);
  ctx.store.deleteStateMachine(arn);
  return {};
};

export const listStateMachines: OperationHandler<"ListStateMachines"> = (ctx, request) => {
  const namespace = namespaceOf(ctx.scope);
  const listing = `ListStateMachines:${namespace}`;
  const page = ctx.store.listStateMachines(namespace, pageRequest(request, listing, isStringKey));
  return {
    stateMachines: page.items.map((machine) => ({
      stateMachineArn: machine.stateMachineArn,
      name: machine.name,
      type: machine.type,
      creationDate: epochSeconds(machine.creationDate),
    })),
    nextToken: nextToken(page, listing),
  };
};

export const validateStateMachineDefinition: OperationHandler<"ValidateStateMachineDefinition"> = (_ctx, request) => {
  const options: ValidateForApiOptions = { type: request.type ?? "STANDARD" };
  if (request.severity !== undefined) options.severity = request.severity;
  if (request.maxResults !== undefined) options.maxResults = request.maxResults;
  return definitionValidation().validateForApi(request.definition, options);
};
