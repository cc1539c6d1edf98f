/**
 * Evaluation of JSONata templates: the `{% %}` expressions nested anywhere in an Arguments, Output or
 * Assign value.
 */
import type { Json, JsonObject } from "../../../shared/json";
import type { EvaluationScope } from "../../io/evaluation-scope";
import { evaluateJsonataDefined } from "./evaluate-jsonata-typed";
import type { JsonataBindings } from "./jsonata-bindings";
import { isJsonataExpression, jsonataExpressionBody } from "./jsonata-expression";
import { fieldOfIndex, fieldOfKey, type JsonataSite } from "./jsonata-site";

/**
 * Evaluates an `Arguments`, `Output` or `Assign` value: every string that is a `{% %}` expression,
 * at any depth of objects and arrays, is replaced by its value; everything else is copied.
 * Expressions run in document order, so $uuid() and $random() draw in a stable order.
 * `site.field` names the template's own field (`Output`); nested failures name `Output/key[0]`.
 */
export async function evaluateJsonataTemplate(
  template: Json,
  bindings: JsonataBindings,
  scope: EvaluationScope,
  site: JsonataSite,
): Promise<Json> {
  if (isJsonataExpression(template)) {
    return evaluateJsonataDefined(jsonataExpressionBody(template), bindings, scope, site);
  }
  if (Array.isArray(template)) {
    const values: Json[] = [];
    for (const [index, item] of template.entries()) {
      values.push(await evaluateJsonataTemplate(item, bindings, scope, { ...site, field: fieldOfIndex(site.field, index) }));
    }
    return values;
  }
  if (typeof template === "object" && template !== null) {
    const result: JsonObject = {};
    for (const [key, member] of Object.entries(template)) {
      result[key] = await evaluateJsonataTemplate(member, bindings, scope, { ...site, field: fieldOfKey(site.field, key) });
    }
    return result;
  }
  return template;
}
