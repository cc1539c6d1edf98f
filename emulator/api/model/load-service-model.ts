/**
 * The parts of botocore's Step Functions model that request validation needs, generated into
 * service-model.json by generate-service-model.py (regenerate with the command in its header).
 */
import rawModel from "./service-model.json";

export type ShapeType = "string" | "integer" | "long" | "float" | "boolean" | "list" | "structure";

export interface Shape {
  readonly type: ShapeType;
  /** Structure members in model order: member name -> shape name. */
  readonly members?: Readonly<Record<string, string>>;
  readonly required?: readonly string[];
  /** List element shape name. */
  readonly member?: string;
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: string;
  readonly enum?: readonly string[];
  /** AWS leaves the value out of validation messages for sensitive members. */
  readonly sensitive?: boolean;
  /** AWS measures this string's min/max in UTF-8 bytes and words the message as a size. */
  readonly lengthInUtf8Bytes?: boolean;
}

export interface OperationModel {
  readonly input: string;
  readonly output: string;
  /**
   * Paths of the output's timestamp members (`events[].timestamp`), which the JSON 1.0 protocol
   * sends as epoch seconds (a JSON number, fractional milliseconds allowed).
   */
  readonly outputTimestamps: readonly string[];
  /** SDKs call this operation on `<hostPrefix><endpoint host>` unless told not to. */
  readonly hostPrefix?: string;
}

export interface ServiceModel {
  readonly source: string;
  readonly targetPrefix: string;
  readonly operations: Readonly<Record<string, OperationModel>>;
  readonly shapes: Readonly<Record<string, Shape>>;
}

const SHAPE_TYPES: ReadonlySet<string> = new Set(["string", "integer", "long", "float", "boolean", "list", "structure"]);

/** Checks the generated file once at load, so a hand edit or a new shape type fails loudly at start. */
function checkModel(model: ServiceModel): ServiceModel {
  for (const [name, shape] of Object.entries(model.shapes)) {
    if (!SHAPE_TYPES.has(shape.type)) throw new Error(`service-model.json: shape ${name} has unknown type ${shape.type}`);
    const referenced = [...Object.values(shape.members ?? {}), ...(shape.member === undefined ? [] : [shape.member])];
    for (const target of referenced) {
      if (model.shapes[target] === undefined) throw new Error(`service-model.json: shape ${name} refers to missing ${target}`);
    }
  }
  for (const [name, operation] of Object.entries(model.operations)) {
    if (model.shapes[operation.input] === undefined) throw new Error(`service-model.json: ${name} input ${operation.input} is missing`);
  }
  return model;
}

export const SERVICE_MODEL: ServiceModel = checkModel(rawModel as ServiceModel);

export function shapeNamed(name: string): Shape {
  const shape = SERVICE_MODEL.shapes[name];
  if (shape === undefined) throw new Error(`no shape ${name} in the service model`);
  return shape;
}
