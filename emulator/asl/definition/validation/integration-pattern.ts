/** How a Task may call an optimized integration: request-response, `.sync`, `.sync:2`, `.waitForTaskToken`. */
export type IntegrationPattern = "" | ".sync" | ".sync:2" | ".waitForTaskToken";
