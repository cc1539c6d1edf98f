/**
 * The JSONata data pipeline: a state's Arguments, Output, Assign and other fields evaluated as `{% %}`
 * expressions over `$states` and the workflow variables.
 */
import type { Json, JsonObject } from "../../shared/json";
import type { Catcher } from "../definition/types";
import {
  evaluateJsonataArray,
  evaluateJsonataBoolean,
  evaluateJsonataInteger,
  QueryEvaluationError,
  evaluateJsonataNumber,
  evaluateJsonataString,
  evaluateJsonataTemplate,
  isJsonataExpression,
  jsonataExpressionBody,
  type JsonataBindings,
} from "../query/jsonata";
import type { NumberFieldSpec, QueryFlavour, StateExit, StateIo, StateResult } from "./query-flavour";

/** The JSONata flavour: `{% %}` expressions over `$states` and the variables, in Arguments, Output and Assign. */
export const jsonataFlavour: QueryFlavour = {
  language: "JSONata",

  async effectiveInput(fields, io) {
    if (fields.Arguments === undefined) return io.scope.input;
    const value = await evaluateJsonataTemplate(fields.Arguments, jsonataBindings(io), io.scope, site(io, "Arguments"));
    io.inspect?.record("afterArguments", value);
    return value;
  },

  async selectedInput(_fields, io) {
    return io.scope.input;
  },

  async exit(fields, io, result: StateResult): Promise<StateExit> {
    if (result.isResult) io.inspect?.record("result", result.value);
    const bindings = jsonataBindings(io, result.isResult ? { result: result.value } : {});
    const assigned = fields.Assign === undefined ? undefined : await assignValues(fields.Assign, bindings, io, "Assign");
    const output =
      fields.Output === undefined
        ? result.isResult
          ? result.value
          : io.scope.input
        : await evaluateJsonataTemplate(fields.Output, bindings, io.scope, site(io, "Output"));
    return assigned === undefined ? { output } : { output, assigned };
  },

  async catchExit(catcher: Catcher, index, io, errorOutput): Promise<StateExit> {
    const bindings = jsonataBindings(io, { errorOutput });
    const prefix = `Catch[${index}]/`;
    const assigned = catcher.Assign === undefined ? undefined : await assignValues(catcher.Assign, bindings, io, `${prefix}Assign`);
    const output =
      catcher.Output === undefined
        ? errorOutput
        : await evaluateJsonataTemplate(catcher.Output, bindings, io.scope, site(io, `${prefix}Output`));
    return assigned === undefined ? { output } : { output, assigned };
  },

  async condition(rule, index, io) {
    const condition = rule.Condition;
    if (typeof condition === "boolean") return condition;
    if (typeof condition !== "string" || !isJsonataExpression(condition)) return false;
    return evaluateJsonataBoolean(jsonataExpressionBody(condition), jsonataBindings(io), io.scope, site(io, `Choices[${index}]/Condition`));
  },

  async items(fields, io) {
    const items = fields.Items;
    if (items === undefined) {
      const input = io.scope.input;
      if (!Array.isArray(input)) {
        throw new QueryEvaluationError(site(io, ""), `Map state input must be an array but was: ${JSON.stringify(input)}`);
      }
      return input;
    }
    if (isJsonataExpression(items)) {
      return evaluateJsonataArray(jsonataExpressionBody(items), jsonataBindings(io), io.scope, site(io, "Items"));
    }
    const value = await evaluateJsonataTemplate(items, jsonataBindings(io), io.scope, site(io, "Items"));
    if (!Array.isArray(value)) {
      throw new QueryEvaluationError(site(io, "Items"), `Map state input must be an array but was: ${JSON.stringify(value)}`);
    }
    return value;
  },

  async template(field, template, io) {
    return evaluateJsonataTemplate(template, jsonataBindings(io), io.scope, site(io, field));
  },

  async number(spec: NumberFieldSpec, io) {
    if (typeof spec.value === "number" || spec.value === undefined) return spec.value;
    if (!isJsonataExpression(spec.value)) return Number(spec.value);
    const body = jsonataExpressionBody(spec.value);
    const evaluate = spec.kind === "integer" ? evaluateJsonataInteger : evaluateJsonataNumber;
    return evaluate(body, jsonataBindings(io), io.scope, site(io, spec.field));
  },

  async text(field, value, _path, io) {
    if (value === undefined || !isJsonataExpression(value)) return value;
    return evaluateJsonataString(jsonataExpressionBody(value), jsonataBindings(io), io.scope, site(io, field));
  },
};

/** `$states` and the variables for one state's expressions; `extra` adds `result` or `errorOutput` where AWS offers them. */
export function jsonataBindings(io: StateIo, extra: { result?: Json; errorOutput?: Json } = {}): JsonataBindings {
  return {
    states: { input: io.scope.input, context: io.scope.context, ...extra },
    variables: io.scope.variables,
  };
}

export function site(io: StateIo, field: string): { stateName: string; enteredEventId: number; field: string } {
  return { ...io.site, field };
}

async function assignValues(assign: JsonObject, bindings: JsonataBindings, io: StateIo, field: string): Promise<JsonObject> {
  return (await evaluateJsonataTemplate(assign, bindings, io.scope, site(io, field))) as JsonObject;
}
