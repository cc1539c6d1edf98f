/** Definition validation (ajv schemas, JSONata) loaded on first use: loading it eagerly is a tenth of start-up. */
import type * as Validation from "./validation";

export type DefinitionValidation = typeof Validation;

let validation: DefinitionValidation | undefined;

/** The validation module, required the first time a definition is checked. */
export function definitionValidation(): DefinitionValidation {
  validation ??= require("./validation") as DefinitionValidation;
  return validation;
}
