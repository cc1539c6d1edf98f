/**
 * The time expressions of recorded cases that need the clock (`requires: ["clock"]`): the original
 * test formatted "now" into its input, and the recorder kept only the expression's shape
 * (`${datetime.datetime.now().strftime()}`). A replay computes them from the emulator's own clock.
 */
import type { CompatCase } from "./case-loader";

/** `datetime.now(tz=utc)` formatted with `%Y-%m-%dT%H:%M:%S`, as the wait tests format it. */
export const NOW_PLACEHOLDER = "${datetime.datetime.now().strftime()}";
/** `(now + timedelta(days=N)).strftime(...)`: the recorder kept neither operand. */
export const SHIFTED_NOW_PLACEHOLDER = "${binop.strftime()}";

export const CLOCK_PLACEHOLDERS: readonly string[] = [NOW_PLACEHOLDER, SHIFTED_NOW_PLACEHOLDER];

const DAY_MS = 86_400_000;

/**
 * The one recorded test that shifts "now": `test_timestamp_too_far_in_future_boundary[days]` adds
 * its parameter in days (tests/aws/services/stepfunctions/v2/base/test_wait.py in LocalStack).
 */
function shiftDays(c: CompatCase): number | undefined {
  const source = typeof c.raw["source"] === "string" ? c.raw["source"] : "";
  const match = /test_timestamp_too_far_in_future_boundary\[(\d+)\]/.exec(source);
  return match ? Number(match[1]) : undefined;
}

function pythonSeconds(epochMillis: number): string {
  return new Date(epochMillis).toISOString().slice(0, 19);
}

export interface ClockedInput {
  input: string;
  /** Each string value of the input that held a time expression, as it was filled in. */
  filled: string[];
}

/** The case's input with its time expressions computed from `nowMillis`, or the expression we cannot compute. */
export function fillClockPlaceholders(c: CompatCase, template: string, nowMillis: number): ClockedInput | { missing: string } {
  const values: Record<string, string> = { [NOW_PLACEHOLDER]: pythonSeconds(nowMillis) };
  const days = shiftDays(c);
  if (days !== undefined) values[SHIFTED_NOW_PLACEHOLDER] = pythonSeconds(nowMillis + days * DAY_MS);
  const filled: string[] = [];
  // Time expressions sit inside JSON strings: each string that holds one is filled as a whole.
  const input = template.replace(/"((?:[^"\\]|\\.)*)"/g, (whole, body: string) => {
    if (!CLOCK_PLACEHOLDERS.some((p) => body.includes(p))) return whole;
    let text = body;
    for (const [placeholder, value] of Object.entries(values)) text = text.split(placeholder).join(value);
    filled.push(text);
    return `"${text}"`;
  });
  const left = CLOCK_PLACEHOLDERS.find((p) => input.includes(p));
  return left === undefined ? { input, filled } : { missing: left };
}
