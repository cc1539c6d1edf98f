/** The JSON 1.0 protocol sends timestamps as epoch seconds with a fraction. */
export function epochSeconds(epochMillis: number): number {
  return epochMillis / 1000;
}
