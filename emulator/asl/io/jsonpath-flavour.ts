/**
 * The JSONPath QueryFlavour: the steps of jsonpath-pipeline.ts, Choice rules, ItemsPath and `.$` Assign behind
 * the interface both query languages share, with TestState's step-by-step inspection.
 */
import { toJsonText, type Json, type JsonObject } from "../../shared/json";
import type { Catcher } from "../definition/types";
import { AslError } from "../errors/asl-error";
import { evaluateIntrinsic, isIntrinsicFunction } from "../query/intrinsics";
import { resolvePath } from "../query/jsonpath";
import { effectiveInput, pathMissReason, selectInput, stateOutput } from "./jsonpath-pipeline";
import type { InspectionSink } from "./inspection";
import { evaluatePayloadTemplate } from "./payload-template";
import type { NumberFieldSpec, QueryFlavour, StateExit, StateIo, StateResult } from "./query-flavour";
import { applyResultPath } from "./result-path";
import { evaluateChoiceRule } from "./choice-rule";

/** The JSONPath flavour: paths, `.$` templates and intrinsic functions over `$`, `$$` and `$name`. */
export const jsonPathFlavour: QueryFlavour = {
  language: "JSONPath",

  async effectiveInput(fields, io) {
    if (io.inspect !== undefined) return inspectedEffectiveInput(fields, io, io.inspect);
    return effectiveInput(fields, io.scope.input, io.scope);
  },

  async selectedInput(fields, io) {
    const selected = selectInput(fields.InputPath, io.scope);
    io.inspect?.record("afterInputPath", selected);
    return selected;
  },

  async exit(fields, io, result: StateResult): Promise<StateExit> {
    const scope = io.scope;
    if (result.isResult) io.inspect?.record("result", result.value);
    const selected =
      fields.ResultSelector === undefined ? result.value : evaluatePayloadTemplate(fields.ResultSelector, { ...scope, input: result.value });
    // Assign reads the result after ResultSelector, with the variables as they were before the state.
    const assigned = fields.Assign === undefined ? undefined : assignValues(fields.Assign, { ...scope, input: selected });
    const output =
      io.inspect === undefined
        ? stateOutput({ ResultPath: fields.ResultPath, OutputPath: fields.OutputPath }, scope.input, selected, scope)
        : inspectedOutput(fields, io, selected, io.inspect);
    return assigned === undefined ? { output } : { output, assigned };
  },

  async catchExit(catcher: Catcher, _index, io, errorOutput): Promise<StateExit> {
    const assigned = catcher.Assign === undefined ? undefined : assignValues(catcher.Assign, { ...io.scope, input: errorOutput });
    const output = applyResultPath(io.scope.input, errorOutput, catcher.ResultPath === undefined ? "$" : catcher.ResultPath);
    return assigned === undefined ? { output } : { output, assigned };
  },

  async condition(rule, _index, io, input) {
    return evaluateChoiceRule(rule, { ...io.scope, input });
  },

  async items(fields, io, input) {
    const path = fields.ItemsPath ?? "$";
    const selected = resolvePath(path, { ...io.scope, input });
    if (!selected.found) {
      throw new AslError("States.Runtime", `Invalid path '${path}' : ${pathMissReason(path, { ...io.scope, input })}`);
    }
    if (!Array.isArray(selected.value)) {
      throw new AslError(
        "States.Runtime",
        `Item path ${path} must point to a JSON array, but it points to ${toJsonText(selected.value)}`,
      );
    }
    return selected.value;
  },

  async template(_field, template, io, input) {
    return evaluatePayloadTemplate(template, { ...io.scope, input });
  },

  async number(spec: NumberFieldSpec, io) {
    if (typeof spec.value === "number") return spec.value;
    if (spec.path === undefined) return undefined;
    const selected = resolvePath(spec.path, io.scope);
    if (!selected.found) {
      throw new AslError("States.Runtime", `Invalid path '${spec.path}' : ${pathMissReason(spec.path, io.scope)}`);
    }
    // AWS also takes the number in a string ("1"), as its Java parser does.
    const value = numericText(selected.value);
    const valid = typeof value === "number" && (spec.kind === "number" || Number.isInteger(value));
    if (!valid) {
      const shown = typeof selected.value === "string" ? selected.value : toJsonText(selected.value);
      throw new AslError(
        "States.Runtime",
        `The ${spec.pathField ?? spec.field} field refers to value "${shown}" which is not a valid ${spec.kind === "integer" ? "integer" : "float"}: ${spec.path}`,
      );
    }
    return value;
  },

  async text(field, value, path, io) {
    if (path === undefined) return value;
    const pathField = `${field}Path`;
    const result = isIntrinsicFunction(path) ? evaluateIntrinsic(path, io.scope) : (() => {
      const selected = resolvePath(path, io.scope);
      if (!selected.found) {
        throw new AslError(
          "States.Runtime",
          `The JSONPath '${path}' specified for the field '${pathField}' could not be found in the input '${toJsonText(io.scope.input)}'`,
        );
      }
      return selected.value;
    })();
    return typeof result === "string" ? result : toJsonText(result);
  },
};

/** InputPath then Parameters, one step at a time so each intermediate value is recorded. */
function inspectedEffectiveInput(fields: Parameters<QueryFlavour["effectiveInput"]>[0], io: StateIo, inspect: InspectionSink): Json {
  const selected = selectInput(fields.InputPath, io.scope);
  inspect.record("afterInputPath", selected);
  const parameters = fields.Parameters === undefined ? selected : evaluatePayloadTemplate(fields.Parameters, { ...io.scope, input: selected });
  inspect.record("afterParameters", parameters);
  return parameters;
}

/** ResultSelector's value, then ResultPath, then OutputPath, each recorded on its way. */
function inspectedOutput(fields: Parameters<QueryFlavour["exit"]>[0], io: StateIo, selected: Json, inspect: InspectionSink): Json {
  inspect.record("afterResultSelector", selected);
  const combined = applyResultPath(io.scope.input, selected, fields.ResultPath === undefined ? "$" : fields.ResultPath);
  inspect.record("afterResultPath", combined);
  return fields.OutputPath === undefined ? combined : selectInput(fields.OutputPath, { ...io.scope, input: combined });
}

/** Assign in JSONPath: a `.$` template whose keys (without `.$`) are the variable names. */
function assignValues(assign: JsonObject, scope: StateIo["scope"]): JsonObject {
  return evaluatePayloadTemplate(assign, scope) as JsonObject;
}

function numericText(value: Json): Json {
  if (typeof value !== "string" || !/^-?\d+(\.\d+)?$/.test(value)) return value;
  return Number(value);
}
