/**
 * Recorded cases the emulator is known to fail, each with the reason. A case listed here is
 * expected to fail in compat.test.ts, so fixing it forces its removal: this list only shrinks.
 * Regenerate the entries from the current failures with
 * `npx ts-node --transpile-only compat-tests/report.ts --write-allow-list`, then write the reasons.
 */
export const ALLOW_LIST: Readonly<Record<string, string>> = {
};
