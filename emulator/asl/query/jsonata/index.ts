// The JSONata query language as AWS Step Functions implements it (jsonata 2.0.6 plus AWS's functions).
export { isJsonataExpression, jsonataExpressionBody } from "./jsonata-expression";
export { checkJsonataSyntax } from "./compiled-expression-cache";
export { jsonataLibrary } from "./jsonata-library";
export type { JsonataBindings } from "./jsonata-bindings";
export type { JsonataSite } from "./jsonata-site";
export { fieldOfIndex, fieldOfKey } from "./jsonata-site";
export { evaluateJsonata } from "./evaluate-jsonata";
export { evaluateJsonataTemplate } from "./evaluate-jsonata-template";
export {
  evaluateJsonataArray,
  evaluateJsonataBoolean,
  evaluateJsonataDefined,
  evaluateJsonataInteger,
  evaluateJsonataNumber,
  evaluateJsonataString,
} from "./evaluate-jsonata-typed";
export { evaluateJsonataTimestamp } from "./evaluate-jsonata-timestamp";
export { parseIsoOffsetDateTime } from "./iso-offset-date-time";
export { QUERY_EVALUATION_ERROR, QueryEvaluationError } from "./query-evaluation-error";
