/** Validation of a scope's graph of states: transition targets, a terminal state, reachability. */
import { isJsonObject, type Json, type JsonObject } from "../../../shared/json";
import type { Diagnostic } from "../diagnostic";
import { errorAt } from "./diagnostic-builders";
import { at } from "./location";

/**
 * Checks one scope (the machine, a Parallel branch, a Map processor): every transition names a
 * state of the same scope, some state ends the workflow, and every state can be reached.
 */
export function checkTransitions(scope: JsonObject, location: string): Diagnostic[] {
  const states = scope["States"];
  if (!isJsonObject(states)) return [];
  const problems: Diagnostic[] = [];
  const names = new Set(Object.keys(states));
  const startAt = scope["StartAt"];
  if (typeof startAt === "string" && !names.has(startAt)) {
    problems.push(errorAt("MISSING_TRANSITION_TARGET", `Missing 'Next' target: ${startAt}`, at(location, "StartAt")));
  }
  const edges = new Map<string, string[]>();
  let hasTerminal = false;
  for (const [name, state] of Object.entries(states)) {
    if (!isJsonObject(state)) continue;
    if (state["End"] === true || state["Type"] === "Succeed" || state["Type"] === "Fail") hasTerminal = true;
    const targets = transitionTargets(state, at(location, "States", name));
    edges.set(
      name,
      targets.map((target) => target.name),
    );
    for (const target of targets) {
      if (!names.has(target.name)) problems.push(errorAt("MISSING_TRANSITION_TARGET", `Missing 'Next' target: ${target.name}`, target.location));
    }
  }
  if (!hasTerminal) {
    problems.push(errorAt("MISSING_END_STATE", "Workflow has no terminal state"));
    return problems;
  }
  const reached = new Set<string>();
  const pending = typeof startAt === "string" && names.has(startAt) ? [startAt] : [];
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (reached.has(name)) continue;
    reached.add(name);
    for (const next of edges.get(name) ?? []) if (names.has(next) && !reached.has(next)) pending.push(next);
  }
  if (typeof startAt !== "string" || !names.has(startAt)) return problems;
  for (const name of names) {
    if (!reached.has(name)) problems.push(errorAt("MISSING_TRANSITION_TARGET", `State "${name}" is not reachable.`, at(location, "States", name)));
  }
  return problems;
}

function transitionTargets(state: JsonObject, location: string): Array<{ name: string; location: string }> {
  const targets: Array<{ name: string; location: string }> = [];
  const add = (value: Json | undefined, where: string): void => {
    if (typeof value === "string") targets.push({ name: value, location: where });
  };
  add(state["Next"], at(location, "Next"));
  if (state["Type"] === "Choice") {
    const choices = state["Choices"];
    if (Array.isArray(choices)) choices.forEach((rule, index) => isJsonObject(rule) && add(rule["Next"], at(location, "Choices", index, "Next")));
    add(state["Default"], at(location, "Default"));
  }
  const catchers = state["Catch"];
  if (Array.isArray(catchers)) catchers.forEach((catcher, index) => isJsonObject(catcher) && add(catcher["Next"], at(location, "Catch", index, "Next")));
  return targets;
}
