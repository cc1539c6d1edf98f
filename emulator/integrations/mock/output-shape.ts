/** The compact form of botocore's output shapes that TestState's fieldValidationMode checks mocked results against. */

/** A shape reference: a name in the same service's shapes, or `*` for a member Step Functions hands over as any JSON. */
export type ShapeRef = string;

interface Bounds {
  min?: number;
  max?: number;
}

export type CompactShape =
  | { t: "structure"; m: Record<string, ShapeRef>; r?: string[] }
  | ({ t: "list"; m: ShapeRef } & Bounds)
  | ({ t: "map"; v: ShapeRef } & Bounds)
  | ({ t: "string"; enum?: string[] } & Bounds)
  | ({ t: "blob" } & Bounds)
  | ({ t: "integer" | "long" | "double" | "float" } & Bounds)
  | { t: "boolean" }
  | { t: "timestamp" };

/** One Task resource type's (`lambda`, `aws-sdk:s3`) outputs: each action's root shape, and the shapes they reach. */
export interface ServiceOutputShapes {
  ops: Record<string, ShapeRef>;
  shapes: Record<string, CompactShape>;
}

export type OutputShapes = Record<string, ServiceOutputShapes>;
