/** ARNs the emulator mints, in AWS's formats, and the namespace (partition, region, account) each belongs to. */
export interface AccountScope {
  partition: string;
  region: string;
  account: string;
}

/** Region prefixes of AWS's partitions other than `aws`, longest first so `us-isob-` wins over `us-iso-`. */
const PARTITION_PREFIXES: ReadonlyArray<readonly [prefix: string, partition: string]> = [
  ["us-isob-", "aws-iso-b"],
  ["us-isof-", "aws-iso-f"],
  ["eu-isoe-", "aws-iso-e"],
  ["us-iso-", "aws-iso"],
  ["us-gov-", "aws-us-gov"],
  ["eusc-", "aws-eusc"],
  ["cn-", "aws-cn"],
];

/** The partition a region belongs to, as AWS names it in ARNs. */
export function partitionOf(region: string): string {
  return PARTITION_PREFIXES.find(([prefix]) => region.startsWith(prefix))?.[1] ?? "aws";
}

/** The scope of a region and account, with the region's partition. */
export function scopeOf(region: string, account: string): AccountScope {
  return { partition: partitionOf(region), region, account };
}

/** What every Step Functions ARN of the scope starts with: `arn:<partition>:states:<region>:<account>:`. */
export function namespaceOf(scope: AccountScope): string {
  return `arn:${scope.partition}:states:${scope.region}:${scope.account}:`;
}

/** Whether an ARN names a resource of the scope's partition, region and account. */
export function inScope(arn: string, scope: AccountScope): boolean {
  return arn.startsWith(namespaceOf(scope));
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
