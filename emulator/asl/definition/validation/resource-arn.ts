/**
 * Recognition of a Task's Resource ARN at definition time: optimized integration, AWS SDK integration,
 * activity or Lambda function.
 */
import { OPTIMIZED_INTEGRATIONS, type IntegrationSuffix } from "./service-integrations";

/** What a Task's Resource names, once recognised. */
export type ResourceKind =
  | { kind: "integration"; service: string; action: string; pattern: IntegrationSuffix }
  | { kind: "aws-sdk"; service: string; action: string; pattern: IntegrationSuffix }
  | { kind: "activity" }
  | { kind: "lambda-function" }
  | { kind: "unrecognized" };

const PARTITION = "aws(?:-[a-z]+)*";
const REGION = "[a-z]{2}(?:-[a-z]+)+-\\d";
const ACCOUNT = "\\d{12}";
const PATTERN_SUFFIX = "(\\.sync(?::2)?|\\.waitForTaskToken)?";

const INTEGRATION = new RegExp(`^arn:${PARTITION}:states:(?:${REGION})?:(?:${ACCOUNT})?:([a-z0-9-]+):([A-Za-z0-9]+)${PATTERN_SUFFIX}$`);
const AWS_SDK = new RegExp(`^arn:${PARTITION}:states:(?:${REGION})?:(?:${ACCOUNT})?:aws-sdk:([a-z0-9.-]+):([a-z][A-Za-z0-9]*)${PATTERN_SUFFIX}$`);
const ACTIVITY = new RegExp(`^arn:${PARTITION}:states:${REGION}:${ACCOUNT}:activity:[A-Za-z0-9_.-]{1,80}$`);
/** AWS accepts a function ARN whatever its region and account parts hold (published samples leave them empty). */
const LAMBDA_FUNCTION = new RegExp(`^arn:${PARTITION}:lambda:[^:]*:[^:]*:function:[A-Za-z0-9_-]{1,140}(?::(?:\\$LATEST|[A-Za-z0-9_-]+))?$`);

/** Classifies a Task Resource the way CreateStateMachine does, before any call is made. */
export function classifyResource(resource: string): ResourceKind {
  if (ACTIVITY.test(resource)) return { kind: "activity" };
  if (LAMBDA_FUNCTION.test(resource)) return { kind: "lambda-function" };
  const sdk = AWS_SDK.exec(resource);
  if (sdk !== null) {
    const pattern = (sdk[3] ?? "") as IntegrationSuffix;
    if (pattern === ".sync" || pattern === ".sync:2") return { kind: "unrecognized" };
    return { kind: "aws-sdk", service: sdk[1] as string, action: sdk[2] as string, pattern };
  }
  const integration = INTEGRATION.exec(resource);
  if (integration !== null) {
    const service = integration[1] as string;
    const action = integration[2] as string;
    const pattern = (integration[3] ?? "") as IntegrationSuffix;
    const patterns = OPTIMIZED_INTEGRATIONS[service]?.[action];
    if (patterns?.includes(pattern) === true) return { kind: "integration", service, action, pattern };
  }
  return { kind: "unrecognized" };
}

/** Matches `arn:<partition>:states:::<service>:<action>` for the given actions (ItemReader, ResultWriter). */
export function isStatesResourceFor(resource: string, actions: Record<string, string[]>): boolean {
  const match = new RegExp(`^arn:${PARTITION}:states:(?:${REGION})?:(?:${ACCOUNT})?:([a-z0-9-]+):([A-Za-z0-9]+)$`).exec(resource);
  if (match === null) return false;
  return actions[match[1] as string]?.includes(match[2] as string) === true;
}
