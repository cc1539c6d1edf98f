/** The choice of data pipeline flavour (JSONPath or JSONata) for a state's QueryLanguage. */
import { assertNever } from "../../shared/assert-never";
import type { QueryLanguage } from "../definition/types";
import { jsonataFlavour } from "./jsonata-flavour";
import { jsonPathFlavour } from "./jsonpath-flavour";
import type { QueryFlavour } from "./query-flavour";

/** The data pipeline flavour of a state's QueryLanguage. */
export function flavourOf(language: QueryLanguage): QueryFlavour {
  switch (language) {
    case "JSONPath":
      return jsonPathFlavour;
    case "JSONata":
      return jsonataFlavour;
    default:
      return assertNever(language);
  }
}
