/** Appends segments to a location the way AWS writes them: `/States/X/Retry[0]/ErrorEquals`. */
export function at(base: string, ...segments: Array<string | number>): string {
  let out = base === "/" ? "" : base;
  for (const segment of segments) {
    out += typeof segment === "number" ? `[${segment}]` : `/${segment}`;
  }
  return out === "" ? "/" : out;
}
