/**
 * The client's JSON text without its insignificant whitespace: AWS writes a state's input and output
 * compactly, but keeps each token as the client wrote it (`0.0` stays `0.0`, escapes stay escapes).
 */

const SPACE = 0x20;
const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Removes the whitespace between the tokens of a valid JSON text; strings are copied untouched. */
export function compactJsonText(text: string): string {
  let out = "";
  let runStart = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i++;
      else if (code === QUOTE) inString = false;
      continue;
    }
    if (code === QUOTE) {
      inString = true;
    } else if (code === SPACE || code === TAB || code === LINE_FEED || code === CARRIAGE_RETURN) {
      // Copy the run of tokens before this whitespace in one slice, so long texts stay linear.
      out += text.slice(runStart, i);
      runStart = i + 1;
    }
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}
