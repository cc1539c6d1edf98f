/**
 * How deeply JSON may nest, and an iterative check of it. Values are checked where they enter
 * (request bodies, definitions, inputs, results), so the recursive code downstream (copies,
 * comparisons, JSON.stringify, validators) never meets a value deep enough to overflow the stack.
 */

/**
 * The deepest nesting of arrays and objects accepted anywhere. AWS's parser (Jackson) refuses
 * documents nested deeper than 1000 levels by default; V8's JSON.stringify and structuredClone
 * overflow somewhere past 3000, so 1000 also leaves room for the frames above them.
 */
export const MAX_JSON_DEPTH = 1000;

/**
 * True when `value` nests arrays or objects more than `max` levels deep (`[]` is one level). Given
 * the JSON text `value` was parsed from (or serialises to), a short text answers at once: each
 * level takes at least two characters, so most values are never walked.
 */
export function exceedsJsonDepth(value: unknown, max: number = MAX_JSON_DEPTH, text?: string): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (text !== undefined && text.length <= 2 * max) return false;
  // An explicit stack, so asking about any depth is itself safe.
  const values: object[] = [value];
  const depths: number[] = [1];
  while (values.length > 0) {
    const current = values.pop() as object;
    const depth = depths.pop() as number;
    if (depth > max) return true;
    const children: unknown[] = Array.isArray(current) ? current : Object.values(current);
    for (const child of children) {
      if (typeof child === "object" && child !== null) {
        values.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}

/** The sentence every depth rejection uses, in Jackson's words. */
export function depthMessage(max: number = MAX_JSON_DEPTH): string {
  return `Document nesting depth exceeds the maximum allowed (${max})`;
}
