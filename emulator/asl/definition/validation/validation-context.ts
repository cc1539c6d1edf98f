/** The state that definition checks share while they walk one definition. */
import type { Diagnostic } from "../diagnostic";
import type { QueryLanguage } from "./state-fields";

/** What the checks of one definition share while they walk it. */
export interface ValidationContext {
  /** The workflow type the states run under (a Distributed Map can set its own for its children). */
  workflowType: "STANDARD" | "EXPRESS";
  /** The machine's top-level QueryLanguage: states inherit it, nested Map and Parallel do not pass theirs on. */
  topLanguage: QueryLanguage;
  diagnostics: Diagnostic[];
  /** Label problems, reported apart because AWS raises them after the schema checks pass. */
  labelDiagnostics: Diagnostic[];
  stateNames: Set<string>;
}
