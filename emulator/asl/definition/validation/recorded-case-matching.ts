/**
 * Compares a string with an expected one from the recorded AWS cases, where `<token>` parts
 * (`<partition>`, `<ArnPart_0idx>`, ...) bind to any text, the same text each time they recur.
 */
export function matchesRecorded(expected: string, actual: string): boolean {
  const tokens: string[] = [];
  let pattern = "^";
  let last = 0;
  for (const match of expected.matchAll(/<[A-Za-z][A-Za-z0-9_:.-]*>/g)) {
    pattern += escapeRegExp(expected.slice(last, match.index));
    const seen = tokens.indexOf(match[0]);
    if (seen >= 0) {
      pattern += `\\${seen + 1}`;
    } else {
      tokens.push(match[0]);
      pattern += "([\\s\\S]+?)";
    }
    last = (match.index ?? 0) + match[0].length;
  }
  pattern += `${escapeRegExp(expected.slice(last))}$`;
  return new RegExp(pattern).test(actual);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
