/** A parsed intrinsic function call; positions are offsets into the original text. */
export interface IntrinsicCall {
  kind: "call";
  /** The full name as written, e.g. `States.Format`. */
  name: string;
  args: IntrinsicArgument[];
  start: number;
  end: number;
}

export type IntrinsicArgument =
  | IntrinsicCall
  /** `raw` is the text between the quotes with its escapes, which States.Format reads for placeholders. */
  | { kind: "string"; value: string; raw: string; start: number; end: number }
  | { kind: "number"; value: number; start: number; end: number }
  | { kind: "boolean"; value: boolean; start: number; end: number }
  | { kind: "null"; start: number; end: number }
  /** A path read from the input (`$.x`), the context object (`$$.x`) or a variable (`$x.y`). */
  | { kind: "path"; path: string; start: number; end: number };
