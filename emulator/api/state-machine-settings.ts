/**
 * The settings a state machine carries besides its definition, checked and filled in as AWS does:
 * the role (an IAM role ARN), logging (exactly one destination unless OFF), tracing and encryption.
 */
import type { EncryptionConfiguration, LoggingConfiguration, TracingConfiguration } from "@aws-sdk/client-sfn";
import { ServiceError } from "../shared/service-error";

export const DEFAULT_LOGGING: LoggingConfiguration = { level: "OFF", includeExecutionData: false };
export const DEFAULT_TRACING: TracingConfiguration = { enabled: false };
export const DEFAULT_ENCRYPTION: EncryptionConfiguration = { type: "AWS_OWNED_KEY" };

// arn:<partition>:iam::<12-digit account>:role/<path and name>
const ROLE_ARN = /^arn:aws(-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

/**
 * A state machine's role must be an IAM role ARN; AWS rejects anything else, ARN or not, as
 * InvalidArn "Invalid Role Arn: '<value>'" (quoted from AWS in aws/amazon-sagemaker-examples#2432).
 */
export function assertRoleArn(roleArn: string): void {
  if (!ROLE_ARN.test(roleArn)) throw new ServiceError("InvalidArn", `Invalid Role Arn: '${roleArn}'`);
}

export function loggingConfiguration(logging: LoggingConfiguration | undefined): LoggingConfiguration {
  if (!logging) return DEFAULT_LOGGING;
  const level = logging.level ?? "OFF";
  const destinations = logging.destinations ?? [];
  if (level !== "OFF" && destinations.length !== 1) {
    throw new ServiceError("InvalidLoggingConfiguration", "Invalid Logging Configuration: Must specify exactly one Log Destination.");
  }
  const result: LoggingConfiguration = { level, includeExecutionData: logging.includeExecutionData === true };
  if (logging.destinations !== undefined) result.destinations = destinations;
  return result;
}

export function tracingConfiguration(tracing: TracingConfiguration | undefined): TracingConfiguration {
  return { enabled: tracing?.enabled === true };
}

/** The key settings of an activity or state machine; a customer managed key needs its id. */
export function encryptionConfiguration(encryption: EncryptionConfiguration | undefined): EncryptionConfiguration | undefined {
  if (encryption === undefined) return undefined;
  if (encryption.type === "CUSTOMER_MANAGED_KMS_KEY" && (encryption.kmsKeyId === undefined || encryption.kmsKeyId === "")) {
    throw new ServiceError(
      "InvalidEncryptionConfiguration",
      "Invalid Encryption Configuration: a CUSTOMER_MANAGED_KMS_KEY encryption configuration needs a kmsKeyId.",
    );
  }
  const result: EncryptionConfiguration = { type: encryption.type };
  if (encryption.kmsKeyId !== undefined) result.kmsKeyId = encryption.kmsKeyId;
  if (encryption.type === "CUSTOMER_MANAGED_KMS_KEY") result.kmsDataKeyReusePeriodSeconds = encryption.kmsDataKeyReusePeriodSeconds ?? 300;
  return result;
}

/** Settings compared as values, whatever order their members came in. */
export function sameSettings(a: object | undefined, b: object | undefined): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, member]) => member !== undefined).sort(([x], [y]) => (x < y ? -1 : 1));
    return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonical(member)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}
