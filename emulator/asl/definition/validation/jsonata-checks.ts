/** Syntax checks of the `{% %}` JSONata expressions a definition holds, each reported at its own location. */
import { isJsonObject, type Json } from "../../../shared/json";
import { checkJsonataSyntax, isJsonataExpression, jsonataExpressionBody } from "../../query/jsonata";
import type { Diagnostic } from "../diagnostic";
import { errorAt } from "./diagnostic-builders";
import { at } from "./location";

/** The body of a `{% %}` expression, or undefined for any other value. */
export function jsonataExpression(value: Json | undefined): string | undefined {
  return value !== undefined && isJsonataExpression(value) ? jsonataExpressionBody(value) : undefined;
}

/** Parses every `{% %}` expression inside a JSONata field value, at its own location. */
export function checkJsonataValues(value: Json | undefined, location: string): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const visit = (node: Json, where: string): void => {
    const expression = jsonataExpression(node);
    if (expression !== undefined) {
      const problem = checkJsonataSyntax(expression);
      if (problem !== undefined) problems.push(errorAt("INVALID_JSONATA_EXPRESSION", problem, where));
      return;
    }
    if (Array.isArray(node)) node.forEach((child, index) => visit(child, at(where, index)));
    else if (isJsonObject(node)) for (const [key, child] of Object.entries(node)) visit(child, at(where, key));
  };
  if (value !== undefined) visit(value, location);
  return problems;
}
