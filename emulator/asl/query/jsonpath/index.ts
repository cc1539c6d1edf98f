/**
 * JSONPath as states use it: paths parsed once and resolved against the input, context or a variable, the
 * validity checks for definitions, reference-path steps, and AWS's wording for a path that finds nothing.
 */
export { JsonPathSyntaxError } from "./json-path-syntax-error";
export { jsonEquals } from "./json-equals";
export { splitPathRoot, type PathRoot, type RootedPath } from "./path-root";
export type { ParsedPath, PathSegment } from "./path-ast";
export {
  describePathMiss,
  isValidJsonPath,
  isValidReferencePath,
  parseJsonPath,
  referencePathSteps,
  resolvePath,
  rootValue,
  selectPath,
  type PathResult,
} from "./path-queries";
