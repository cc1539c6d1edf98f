/** The bindings a JSONata expression reads: `$states` and the workflow variables. */
import type { Json } from "../../../shared/json";

/** What a JSONata expression can read: `$states` and each workflow variable as `$name`. */
export interface JsonataBindings {
  states: {
    input: Json;
    context: Json;
    /** Only where AWS offers `$states.result` (Task, Map, Parallel after the work). */
    result?: Json;
    /** Only in a Catcher's Output and Assign. */
    errorOutput?: Json;
  };
  variables: Readonly<Record<string, Json>>;
}
