/**
 * Definition validation's public entry points: validate definition text, answer
 * ValidateStateMachineDefinition, word InvalidDefinition.
 */
export { formatInvalidDefinitionMessage } from "./format-invalid-definition-message";
export { validateDefinition, type ValidateDefinitionOptions } from "./validate-definition";
export { validateForApi, type ValidateForApiOptions, type ValidateForApiResult } from "./validate-for-api";
