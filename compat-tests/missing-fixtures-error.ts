/** The error a suite throws when its inputs under fixtures/ are absent, saying how to get them back. */
import * as path from "node:path";

/**
 * Thrown when a test's inputs under fixtures/ are absent, so the suite fails with a message that
 * says what is missing and how to get it back, instead of an ENOENT or a silent pass on nothing.
 */
export class MissingFixturesError extends Error {
  constructor(what: string, dir: string) {
    const shown = path.relative(process.cwd(), dir) || dir;
    super(`The ${what} are missing: no JSON files under ${shown}. They are vendored in the repository; restore them with \`git checkout -- fixtures\`.`);
    this.name = "MissingFixturesError";
  }
}
