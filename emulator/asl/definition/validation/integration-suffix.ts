/** The suffix of a Task resource ARN naming how it calls an optimized integration: none (request-response), `.sync`, `.sync:2`, `.waitForTaskToken`. */
export type IntegrationSuffix = "" | ".sync" | ".sync:2" | ".waitForTaskToken";
