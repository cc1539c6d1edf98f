/** Endpoints configured per service: how a Task resource's service and an SDK's service id name the same key. */

/** SDK service ids whose endpoint key is Step Functions Local's name for the service. */
export const SDK_SERVICE_IDS: Readonly<Record<string, string>> = { sfn: "states", eventbridge: "events" };

/** The endpoint configured for a Task resource's service (`lambda`, `aws-sdk:sqs`, ...), if any. */
export function endpointFor(endpoints: Readonly<Record<string, string>>, resourceType: string): string | undefined {
  const service = resourceType.startsWith("aws-sdk:") ? resourceType.slice("aws-sdk:".length) : resourceType;
  return endpoints[SDK_SERVICE_IDS[service] ?? service] ?? endpoints.default;
}
