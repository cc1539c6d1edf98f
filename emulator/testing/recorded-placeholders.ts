/**
 * The one matcher for the `<...>` placeholders of the recorded AWS cases (fixtures/compat/README.md):
 * `<name>`, `<name:N>` and `<<name>:N>` stand for any text, the same text wherever the same token
 * recurs within the bindings given (one string, one event, one whole case).
 */

/** A recorded placeholder token, as the recorder's normalisation writes them. */
export const PLACEHOLDER = /<(?:<[A-Za-z][A-Za-z0-9_\- ]*>|[A-Za-z][A-Za-z0-9_\- ]*)(?::\d+)?>/g;

/**
 * Whether `actual` reads as `expected` with each placeholder standing for some text; a token bound
 * before must stand for the same text again. Bindings are added only when the whole string matches.
 */
export function matchesPlaceholders(expected: string, actual: string, bindings: Map<string, string> = new Map()): boolean {
  if (expected === actual) return true;
  let pattern = "";
  let position = 0;
  const groups: string[] = [];
  for (const match of expected.matchAll(PLACEHOLDER)) {
    const token = match[0];
    const index = match.index ?? 0;
    pattern += escapeRegExp(expected.slice(position, index));
    const bound = bindings.get(token);
    const group = groups.indexOf(token);
    if (bound !== undefined) pattern += escapeRegExp(bound);
    else if (group >= 0) pattern += `\\${group + 1}`;
    else {
      pattern += "(.+?)";
      groups.push(token);
    }
    position = index + token.length;
  }
  if (groups.length === 0 && position === 0) return false;
  pattern += escapeRegExp(expected.slice(position));
  const found = new RegExp(`^(?:${pattern})$`, "s").exec(actual);
  if (found === null) return false;
  groups.forEach((token, i) => bindings.set(token, found[i + 1] ?? ""));
  return true;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}
