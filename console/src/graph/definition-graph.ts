/**
 * A state machine definition as a graph to lay out: one node per state, Next/Default/Choice/Catch
 * edges, Parallel branches and Map item processors as nested groups, and start and end markers.
 */
import { asArray, asObject, asString, type Json, type JsonObject } from "../json";

export type EdgeKind = "next" | "choice" | "default" | "catch";

export interface GraphNode {
  id: string;
  label: string;
  kind: "state" | "start" | "end" | "join";
  /** The ASL state type, for state nodes. */
  stateType?: string;
  /** The state this node stands for (a join node stands for the end of its Parallel or Map). */
  stateName?: string;
  parent?: string;
}

export interface GraphGroup {
  id: string;
  label: string;
  parent?: string;
}

export interface GraphEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  label?: string;
}

export interface DefinitionGraph {
  nodes: GraphNode[];
  groups: GraphGroup[];
  edges: GraphEdge[];
  /** Each state's enclosing Parallel or Map state, for states inside branches and item processors. */
  containerOf: Map<string, string>;
  /** Each Parallel or Map state's branches: their state names, in definition order. */
  branches: Map<string, string[][]>;
  stateTypes: Map<string, string>;
}

export const START_ID = "start";
export const END_ID = "end";
export const stateId = (name: string): string => `state:${name}`;
const joinId = (name: string): string => `join:${name}`;

export function definitionGraph(definition: JsonObject): DefinitionGraph {
  const graph: DefinitionGraph = { nodes: [], groups: [], edges: [], containerOf: new Map(), branches: new Map(), stateTypes: new Map() };
  graph.nodes.push({ id: START_ID, label: "Start", kind: "start" });
  graph.nodes.push({ id: END_ID, label: "End", kind: "end" });
  const startAt = asString(definition.StartAt);
  if (startAt !== undefined) graph.edges.push({ from: START_ID, to: stateId(startAt), kind: "next" });
  addStates(graph, definition, { end: END_ID });
  // An edge to a state the definition does not declare would break the layout; drop it.
  const known = new Set(graph.nodes.map((node) => node.id));
  graph.edges = graph.edges.filter((edge) => known.has(edge.from) && known.has(edge.to));
  return graph;
}

interface Scope {
  /** Where states that end go: the End marker, or their Parallel's or Map's join node. */
  end: string;
  parent?: string;
  container?: string;
}

function addStates(graph: DefinitionGraph, machine: JsonObject, scope: Scope): string[] {
  const states = asObject(machine.States) ?? {};
  for (const [name, value] of Object.entries(states)) {
    const state = asObject(value) ?? {};
    const type = asString(state.Type) ?? "?";
    graph.stateTypes.set(name, type);
    if (scope.container !== undefined) graph.containerOf.set(name, scope.container);
    const node: GraphNode = { id: stateId(name), label: name, kind: "state", stateType: type, stateName: name };
    const exit = type === "Parallel" || type === "Map" ? addContainer(graph, name, state, node, scope) : node.id;
    if (type !== "Parallel" && type !== "Map") graph.nodes.push(withParent(node, scope.parent));
    addExits(graph, state, type, exit, scope);
  }
  return Object.keys(states);
}

/** A Parallel or Map state: a group holding the state's node, its branches and a join node the exits leave from. */
function addContainer(graph: DefinitionGraph, name: string, state: JsonObject, node: GraphNode, scope: Scope): string {
  const group = `group:${name}`;
  graph.groups.push(withParent<GraphGroup>({ id: group, label: `${node.stateType === "Map" ? "Map" : "Parallel"}: ${name}` }, scope.parent));
  graph.nodes.push(withParent(node, group));
  graph.nodes.push({ id: joinId(name), label: `${name} done`, kind: "join", stateName: name, parent: group });
  const processors =
    node.stateType === "Map"
      ? [asObject(state.ItemProcessor) ?? asObject(state.Iterator) ?? {}]
      : asArray(state.Branches).map((branch) => asObject(branch) ?? {});
  const names: string[][] = [];
  processors.forEach((processor, index) => {
    const branchGroup = `branch:${name}:${index}`;
    const label = node.stateType === "Map" ? (isDistributed(processor) ? "Item processor (distributed)" : "Item processor") : `Branch ${index + 1}`;
    graph.groups.push({ id: branchGroup, label, parent: group });
    const startAt = asString(processor.StartAt);
    if (startAt !== undefined) graph.edges.push({ from: node.id, to: stateId(startAt), kind: "next" });
    names.push(addStates(graph, processor, { end: joinId(name), parent: branchGroup, container: name }));
  });
  graph.branches.set(name, names);
  return joinId(name);
}

function addExits(graph: DefinitionGraph, state: JsonObject, type: string, from: string, scope: Scope): void {
  const next = asString(state.Next);
  if (next !== undefined) graph.edges.push({ from, to: stateId(next), kind: "next" });
  if (state.End === true || type === "Succeed" || type === "Fail") graph.edges.push({ from, to: scope.end, kind: "next" });
  if (type === "Choice") {
    for (const rule of asArray(state.Choices)) {
      const choice = asObject(rule) ?? {};
      const target = asString(choice.Next);
      if (target !== undefined) graph.edges.push({ from, to: stateId(target), kind: "choice", label: describeRule(choice) });
    }
    const fallback = asString(state.Default);
    if (fallback !== undefined) graph.edges.push({ from, to: stateId(fallback), kind: "default", label: "Default" });
  }
  for (const catcher of asArray(state.Catch)) {
    const rule = asObject(catcher) ?? {};
    const target = asString(rule.Next);
    const errors = asArray(rule.ErrorEquals).filter((error): error is string => typeof error === "string");
    if (target !== undefined) graph.edges.push({ from, to: stateId(target), kind: "catch", label: `Catch ${errors.join(", ")}` });
  }
}

function isDistributed(processor: JsonObject): boolean {
  return asString(asObject(processor.ProcessorConfig)?.Mode) === "DISTRIBUTED";
}

function withParent<T extends { parent?: string }>(item: T, parent: string | undefined): T {
  return parent === undefined ? item : { ...item, parent };
}

const COMPARISONS: Readonly<Record<string, string>> = {
  StringEquals: "==", NumericEquals: "==", BooleanEquals: "==", TimestampEquals: "==",
  StringLessThan: "<", NumericLessThan: "<", TimestampLessThan: "<",
  StringGreaterThan: ">", NumericGreaterThan: ">", TimestampGreaterThan: ">",
  StringLessThanEquals: "<=", NumericLessThanEquals: "<=", TimestampLessThanEquals: "<=",
  StringGreaterThanEquals: ">=", NumericGreaterThanEquals: ">=", TimestampGreaterThanEquals: ">=",
  StringMatches: "matches",
};

/** A Choice rule in one short line: `$.n > 3`, `not ($.ok == true)`, a JSONata Condition as written. */
export function describeRule(rule: JsonObject): string {
  const condition = asString(rule.Condition);
  if (condition !== undefined) return shorten(condition);
  if (rule.Not !== undefined) return `not (${describeRule(asObject(rule.Not) ?? {})})`;
  for (const combinator of ["And", "Or"] as const) {
    if (rule[combinator] !== undefined) return shorten(asArray(rule[combinator]).map((inner) => describeRule(asObject(inner) ?? {})).join(` ${combinator.toLowerCase()} `));
  }
  const variable = asString(rule.Variable) ?? "";
  for (const [key, value] of Object.entries(rule)) {
    const base = key.endsWith("Path") && key !== "Variable" ? key.slice(0, -4) : key;
    const operator = COMPARISONS[base];
    if (operator !== undefined) return shorten(`${variable} ${operator} ${show(value)}`);
    if (key === "IsPresent" || key === "IsNull" || key.startsWith("Is")) return shorten(`${variable} ${key}${value === false ? " false" : ""}`);
  }
  return "rule";
}

function show(value: Json): string {
  return typeof value === "string" && !value.startsWith("$") ? JSON.stringify(value) : String(value);
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
