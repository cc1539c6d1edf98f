/**
 * A definition compiled once for running: its states with resolved resources, grouped into keyed sub-
 * machines (the top level, each Parallel branch, each Map processor).
 */
import { parseTaskResource, type ResolvedResource, type TaskResource } from "./task-resource";
import type { QueryLanguage, StateDefinition, StateMachineDefinition, SubMachineDefinition } from "./types";

/** A state ready to run: its definition plus what compile worked out once. */
export interface CompiledState {
  name: string;
  definition: StateDefinition;
  queryLanguage: QueryLanguage;
  /** Keys of the sub-machines this state runs: Parallel branches in order, or the Map's processor. */
  children: string[];
  /** A Task's Resource, resolved here once so that no start, resume or dispatch parses it again. */
  resource?: TaskResource;
  /** A Map's ItemReader and ResultWriter S3 resources, resolved here once like a Task's. */
  itemReader?: ResolvedResource;
  /** Set only for a ResultWriter that exports to S3 (one without a Resource only reshapes the results). */
  resultWriter?: ResolvedResource;
}

/** A list of states with a start: the top level, one Parallel branch, or a Map's item processor. */
export interface SubMachine {
  key: string;
  startAt: string;
  states: Map<string, CompiledState>;
}

export interface Program {
  definition: StateMachineDefinition;
  root: SubMachine;
  machines: Map<string, SubMachine>;
  timeoutSeconds?: number;
}

const ROOT_KEY = "";

/** Compiles a definition once; frames then refer to sub-machines by key so snapshots stay small. */
export function compileProgram(definition: StateMachineDefinition): Program {
  const machines = new Map<string, SubMachine>();
  const topLanguage = definition.QueryLanguage ?? "JSONPath";
  const root = compileSubMachine(ROOT_KEY, definition, topLanguage, machines);
  const program: Program = { definition, root, machines };
  if (definition.TimeoutSeconds !== undefined) program.timeoutSeconds = definition.TimeoutSeconds;
  return program;
}

function compileSubMachine(
  key: string,
  source: StateMachineDefinition | SubMachineDefinition,
  inherited: QueryLanguage,
  machines: Map<string, SubMachine>,
): SubMachine {
  const language = source.QueryLanguage ?? inherited;
  const states = new Map<string, CompiledState>();
  const machine: SubMachine = { key, startAt: source.StartAt, states };
  machines.set(key, machine);
  for (const [name, definition] of Object.entries(source.States)) {
    const stateLanguage = definition.QueryLanguage ?? language;
    const children: string[] = [];
    const stateKey = `${key}/States/${name}`;
    if (definition.Type === "Parallel") {
      definition.Branches.forEach((branch, index) => {
        const branchKey = `${stateKey}/Branches/${index}`;
        compileSubMachine(branchKey, branch, stateLanguage, machines);
        children.push(branchKey);
      });
    } else if (definition.Type === "Map") {
      const processor = definition.ItemProcessor ?? definition.Iterator;
      if (processor) {
        const processorKey = `${stateKey}/${definition.ItemProcessor ? "ItemProcessor" : "Iterator"}`;
        compileSubMachine(processorKey, processor, stateLanguage, machines);
        children.push(processorKey);
      }
    }
    const state: CompiledState = { name, definition, queryLanguage: stateLanguage, children };
    if (definition.Type === "Task") state.resource = parseTaskResource(definition.Resource);
    if (definition.Type === "Map") {
      const reader = definition.ItemReader?.["Resource"];
      // Validation requires the reader's Resource; a definition that skipped it reads from nowhere and fails then.
      if (definition.ItemReader !== undefined) state.itemReader = resolveResource(typeof reader === "string" ? reader : "");
      const writer = definition.ResultWriter?.["Resource"];
      if (typeof writer === "string") state.resultWriter = resolveResource(writer);
    }
    states.set(name, state);
  }
  return machine;
}

function resolveResource(resource: string): ResolvedResource {
  return { resource, target: parseTaskResource(resource) };
}
