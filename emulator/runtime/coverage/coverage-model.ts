/**
 * The coverage model of a definition: every state, transition, Choice rule, Retrier and Catcher it
 * could exercise, which coverage is measured against.
 */
import { isJsonObject, type Json, type JsonObject } from "../../shared/json";
import type { CoverageKind } from "./coverage-report";

/** Everything a definition could exercise, named as the coverage report names it. */
export type CoverageModel = Record<CoverageKind, string[]>;

export function transitionKey(from: string, to: string, via: string): string {
  return `${from} -> ${to} (${via})`;
}

/**
 * Walks a definition, Parallel branches and Map item processors included (state names are unique
 * across a whole state machine), and lists its states, transitions, Choice rules, Retriers and Catchers.
 */
export function coverageModel(definitionText: string): CoverageModel {
  const model: CoverageModel = { states: [], transitions: [], choiceRules: [], retriers: [], catchers: [] };
  let definition: Json;
  try {
    definition = JSON.parse(definitionText) as Json;
  } catch {
    return model;
  }
  if (isJsonObject(definition)) addMachine(model, definition);
  return model;
}

function addMachine(model: CoverageModel, machine: JsonObject): void {
  const states = machine["States"];
  if (!isJsonObject(states)) return;
  for (const [name, state] of Object.entries(states)) {
    if (isJsonObject(state)) addState(model, name, state);
  }
}

function addState(model: CoverageModel, name: string, state: JsonObject): void {
  model.states.push(name);
  const next = state["Next"];
  if (typeof next === "string") model.transitions.push(transitionKey(name, next, "Next"));
  objects(state["Choices"]).forEach((rule, index) => {
    model.choiceRules.push(`${name}.Choices[${index}]`);
    const ruleNext = rule["Next"];
    if (typeof ruleNext === "string") model.transitions.push(transitionKey(name, ruleNext, `Choices[${index}]`));
  });
  const fallback = state["Default"];
  if (typeof fallback === "string") {
    model.choiceRules.push(`${name}.Default`);
    model.transitions.push(transitionKey(name, fallback, "Default"));
  }
  objects(state["Retry"]).forEach((_retrier, index) => model.retriers.push(`${name}.Retry[${index}]`));
  objects(state["Catch"]).forEach((catcher, index) => {
    model.catchers.push(`${name}.Catch[${index}]`);
    const catchNext = catcher["Next"];
    if (typeof catchNext === "string") model.transitions.push(transitionKey(name, catchNext, `Catch[${index}]`));
  });
  for (const branch of objects(state["Branches"])) addMachine(model, branch);
  const processor = state["ItemProcessor"] ?? state["Iterator"];
  if (isJsonObject(processor)) addMachine(model, processor);
}

function objects(value: Json | undefined): JsonObject[] {
  return Array.isArray(value) ? value.filter(isJsonObject) : [];
}
