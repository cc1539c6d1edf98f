/**
 * The service model's public entry: the operation names, request validation and the botocore shapes
 * requests are checked against.
 */
export { OPERATION_NAMES, isOperationName, operationModel } from "./operation-names";
export type { OperationName } from "./operation-names";
export { validateRequest, validationMessage } from "./validate-request";
export { SERVICE_MODEL } from "./load-service-model";
export type { OperationModel, ServiceModel, Shape } from "./load-service-model";
