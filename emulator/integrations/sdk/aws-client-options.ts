/** Where and as whom an SDK client calls a service. */
export interface AwsClientTarget {
  region: string;
  /** A configured endpoint; undefined means the service's AWS endpoint. */
  endpoint?: string;
  /** Signs as this account (a 12-digit access key id), so this emulator's own API keeps the call in that account. */
  account?: string;
}

/**
 * SDK v3 client options for a target: emulated endpoints rarely check signatures, so when the
 * environment has no credentials they get placeholder ones instead of a failed credential lookup.
 */
export function clientOptions(target: AwsClientTarget, env: NodeJS.ProcessEnv = process.env): Record<string, unknown> {
  const options: Record<string, unknown> = { region: target.region, maxAttempts: 1 };
  if (target.endpoint !== undefined) {
    options.endpoint = target.endpoint;
    if (target.account !== undefined) {
      options.credentials = { accessKeyId: target.account, secretAccessKey: "test" };
    } else if (!env.AWS_ACCESS_KEY_ID && !env.AWS_PROFILE) {
      options.credentials = { accessKeyId: "test", secretAccessKey: "test" };
    }
  }
  return options;
}
