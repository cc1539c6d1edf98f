/** The rules AWS applies to a Distributed Map's Label: length and forbidden characters. */
import { pythonRepr } from "./python-repr";

/** Characters AWS refuses in a Map Label: whitespace, brackets, wildcards, specials, controls. */
const FORBIDDEN = new Set([..." <>{}[]?*\"#%\\^|~`$&,;:/"]);
const MAX_LABEL_LENGTH = 40;

/** The problem with a Map `Label`, in AWS's words, or undefined when it is fine. */
export function labelProblem(label: string): string | undefined {
  if (label.length === 0) return "Label cannot be empty";
  if ([...label].length > MAX_LABEL_LENGTH) return `Label cannot exceed ${MAX_LABEL_LENGTH} characters`;
  for (const char of label) {
    const code = char.codePointAt(0) as number;
    const control = code <= 0x1f || (code >= 0x7f && code <= 0x9f);
    if (control || FORBIDDEN.has(char) || /\s/u.test(char)) return `Label contains invalid character: ${pythonRepr(char)}`;
  }
  return undefined;
}
