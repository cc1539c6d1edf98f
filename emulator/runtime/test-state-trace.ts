/** TestState's TRACE level: the HTTP Task's request and response, as the integration reports them. */
import type { InspectionDataRequest, InspectionDataResponse } from "@aws-sdk/client-sfn";
import type { HttpExchange, TaskReporter } from "../integrations";
import type { Json, JsonObject } from "../shared/json";

/** An HTTP Task's exchange, shown at the TRACE level only. */
export const TRACE_FIELDS = ["request", "response"];

/** Records an HTTP Task's request and response; what its connection added shows only with revealSecrets. */
export function traceReporter(request: { revealSecrets?: boolean }, inspection: Map<string, Json>): TaskReporter {
  return {
    submitted: () => undefined,
    traced(exchange: HttpExchange) {
      const sent = request.revealSecrets === true ? exchange.request : exchange.requestWithoutSecrets;
      inspection.set("request", stringFields(sent));
      if (exchange.response !== undefined) inspection.set("response", stringFields(exchange.response));
    },
  };
}

function stringFields(shape: InspectionDataRequest | InspectionDataResponse): JsonObject {
  const fields: JsonObject = {};
  for (const [key, value] of Object.entries(shape)) if (value !== undefined) fields[key] = value;
  return fields;
}
