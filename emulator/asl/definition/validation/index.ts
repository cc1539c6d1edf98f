export { formatInvalidDefinitionMessage } from "./format-invalid-definition-message";
export { validateDefinition, type ValidateDefinitionOptions } from "./validate-definition";
export { validateForApi, type ValidateForApiOptions, type ValidateForApiResult } from "./validate-for-api";
