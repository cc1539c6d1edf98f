/** ARNs the emulator mints, in AWS's formats. */
export interface AccountScope {
  partition: string;
  region: string;
  account: string;
}

export function stateMachineArn(scope: AccountScope, name: string): string {
  return `arn:${scope.partition}:states:${scope.region}:${scope.account}:stateMachine:${name}`;
}

export function executionArn(scope: AccountScope, machineName: string, executionName: string, express: boolean): string {
  const kind = express ? "express" : "execution";
  return `arn:${scope.partition}:states:${scope.region}:${scope.account}:${kind}:${machineName}:${executionName}`;
}

export function activityArn(scope: AccountScope, name: string): string {
  return `arn:${scope.partition}:states:${scope.region}:${scope.account}:activity:${name}`;
}

/** The parts of a Step Functions ARN: `arn:aws:states:<region>:<account>:<resourceType>:<name>[:<rest>]`. */
export interface ParsedArn {
  partition: string;
  service: string;
  region: string;
  account: string;
  resourceType: string;
  resourceParts: string[];
}

export function parseArn(arn: string): ParsedArn | undefined {
  const parts = arn.split(":");
  if (parts.length < 7 || parts[0] !== "arn") return undefined;
  const [, partition, service, region, account, resourceType, ...resourceParts] = parts as string[];
  return {
    partition: partition as string,
    service: service as string,
    region: region as string,
    account: account as string,
    resourceType: resourceType as string,
    resourceParts,
  };
}
