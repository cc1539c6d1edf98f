/** A cache of compiled state machine programs keyed by definition text, emptied once it holds over 1000. */
import { compileProgram, type Program } from "../asl";
import type { StateMachineDefinition } from "../asl";

/** Compiles each distinct definition once: executions of one machine share its program. */
export class ProgramCache {
  private readonly programs = new Map<string, Program>();

  get(definition: string): Program {
    let program = this.programs.get(definition);
    if (!program) {
      program = compileProgram(JSON.parse(definition) as StateMachineDefinition);
      if (this.programs.size > 1000) this.programs.clear();
      this.programs.set(definition, program);
    }
    return program;
  }
}
