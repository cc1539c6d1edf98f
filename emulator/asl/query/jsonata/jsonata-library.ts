/** The jsonata package, loaded lazily and typed as it is really called. */
import type jsonata from "jsonata";

/**
 * jsonata's options as jsonata.js reads them: its typings declare `RegexEngine` a RegExp instance,
 * but evaluateRegex calls it with `new`, so it is a constructor.
 */
export interface JsonataOptions {
  recover?: boolean;
  RegexEngine?: new (pattern: RegExp | string, flags?: string) => object;
}

/** The jsonata entry point, typed as the library really is called. */
export type JsonataFactory = (expression: string, options?: JsonataOptions) => jsonata.Expression;

/**
 * The jsonata package, loaded on first use: start-up (and every machine without JSONata) does not
 * pay for parsing a 285 KB module.
 */
let loaded: JsonataFactory | undefined;

export function jsonataLibrary(): JsonataFactory {
  if (loaded === undefined) {
    // A plain require, deferred on purpose; this boundary gives it the corrected type above.
    const library: JsonataFactory = require("jsonata");
    loaded = library;
  }
  return loaded;
}
