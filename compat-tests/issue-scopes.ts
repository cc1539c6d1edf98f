/** The recorded cases each issue's "Done when" names, with the pass rate it asks for, for the report. */
import type { CompatCase } from "./case-loader";

/** The recorded cases an issue's "Done when" names, so the report gives the figure each issue asks for. */
export interface IssueScope {
  name: string;
  /** The pass rate the issue asks for, over the cases that run. */
  minimumPassRate: number;
  includes(c: CompatCase): boolean;
}

function definitionText(c: CompatCase): string {
  const d = c.raw["definition"] ?? c.raw["definition_template"];
  return typeof d === "string" ? d : JSON.stringify(d ?? null);
}

const INTERPRETER_AREAS = new Set(["base", "choice_operators", "intrinsic_functions", "context_object", "comments", "wait", "logs", "scenarios"]);

export const ISSUE_SCOPES: readonly IssueScope[] = [
  {
    // Issue 3 covers JSONPath and INLINE Maps; its scenarios are the inline Map and Parallel ones.
    name: "issue 3: JSONPath interpreter executions",
    minimumPassRate: 0.98,
    includes(c) {
      if (c.kind !== "execution" || !INTERPRETER_AREAS.has(c.area)) return false;
      if (c.area !== "scenarios") return true;
      const text = definitionText(c);
      return !/"QueryLanguage":\s*"JSONata"/.test(text) && !/"Mode":\s*"DISTRIBUTED"/.test(text);
    },
  },
  {
    // Issue 6 predates S3: its ItemReader/ResultWriter cases, mostly recorded before AWS's Nov 2024 Map event linking, are the S3 work's.
    name: "issue 6: mocked and external executions",
    minimumPassRate: 0.95,
    includes: (c) => (c.kind === "mocked_execution" || c.kind === "execution_external") && !/"(ItemReader|ResultWriter)"/.test(definitionText(c)),
  },
];
