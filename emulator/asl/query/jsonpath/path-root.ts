/** Which document a path reads: `$` the state input, `$$` the context object, `$name` a workflow variable. */
export type PathRoot = { kind: "input" } | { kind: "context" } | { kind: "variable"; name: string };

export interface RootedPath {
  root: PathRoot;
  /** The rest of the path rewritten to start at `$`, e.g. `$$.Execution.Id` -> `$.Execution.Id`. */
  path: string;
}

const VARIABLE_NAME = /^\$([A-Za-z_][A-Za-z0-9_]*)/;

/** Splits off the root of a path, or returns null when the text does not start like a path. */
export function splitPathRoot(text: string): RootedPath | null {
  if (text.startsWith("$$")) {
    return { root: { kind: "context" }, path: text.slice(1) };
  }
  const variable = VARIABLE_NAME.exec(text);
  if (variable) {
    const name = variable[1] as string;
    return { root: { kind: "variable", name }, path: `$${text.slice(variable[0].length)}` };
  }
  if (text.startsWith("$")) {
    return { root: { kind: "input" }, path: text };
  }
  return null;
}
