import type jsonata from "jsonata";

/**
 * The jsonata package, loaded on first use: start-up (and every machine without JSONata) does not
 * pay for parsing a 285 KB module.
 */
let loaded: typeof jsonata | undefined;

export function jsonataLibrary(): typeof jsonata {
  if (loaded === undefined) {
    // A plain require, deferred on purpose; the type comes from the import above.
    const library: typeof jsonata = require("jsonata");
    loaded = library;
  }
  return loaded;
}
