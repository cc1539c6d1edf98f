/** The integrations' public entry: the only module of integrations/ that other layers import (.dependency-cruiser.cjs checks it). */

export { ActivityQueue } from "./activities/activity-queue";
export type { LocalHandler, LocalHandlerContext } from "./lambda/local-handlers";
export { fieldValidationMode, mockResultProblem } from "./mock/mock-result-validation";
export { createDispatcherChain } from "./routing/dispatcher-chain";
export type { HttpExchange, TaskDispatcher, TaskReporter } from "./routing/task-dispatcher";
export { KmsClient, type KmsRefusal } from "./kms/kms-client";
