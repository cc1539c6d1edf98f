/** One step of a parsed JSONPath, in the dialect AWS evaluates (Jayway-style). */
export type PathSegment =
  /** `quote` is the delimiter a bracket wrote its names with; AWS's messages render the names with it. */
  | { kind: "property"; names: string[]; quote?: "'" | '"' }
  | { kind: "index"; indexes: number[] }
  | { kind: "wildcard" }
  | { kind: "slice"; start: number | null; end: number | null; step: number | null }
  | { kind: "filter"; predicate: FilterExpression }
  | { kind: "descent"; then: PathSegment }
  | { kind: "function"; name: string };

/** A filter expression `?( ... )`; operands read the current node (`@`) or the document root (`$`). */
export type FilterExpression =
  | { kind: "or"; left: FilterExpression; right: FilterExpression }
  | { kind: "and"; left: FilterExpression; right: FilterExpression }
  | { kind: "not"; operand: FilterExpression }
  | { kind: "compare"; operator: CompareOperator; left: FilterOperand; right: FilterOperand }
  | { kind: "exists"; operand: FilterOperand };

export type CompareOperator = "==" | "!=" | "<" | "<=" | ">" | ">=" | "=~" | "in" | "nin" | "contains" | "size" | "empty";

export type FilterOperand =
  | { kind: "literal"; value: import("../../../shared/json").Json }
  | { kind: "regex"; source: string; flags: string }
  | { kind: "path"; root: "@" | "$"; segments: PathSegment[] };

export interface ParsedPath {
  segments: PathSegment[];
  /** A definite path names at most one node; an indefinite one (wildcard, slice, filter, descent, unions) yields a list. */
  definite: boolean;
}

export function isDefiniteSegment(segment: PathSegment): boolean {
  switch (segment.kind) {
    case "property":
      return segment.names.length === 1;
    case "index":
      return segment.indexes.length === 1;
    case "function":
      return true;
    case "wildcard":
    case "slice":
    case "filter":
    case "descent":
      return false;
  }
}
