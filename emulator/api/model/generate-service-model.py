#!/usr/bin/env python3
"""Extract from botocore's Step Functions service model what request validation needs.

Regenerate (from the repository root) whenever botocore's model changes:

    python3 emulator/api/model/generate-service-model.py > emulator/api/model/service-model.json

Only the shapes reachable from operation inputs are kept, each with the constraints AWS checks
(type, members, required, min, max, pattern, enum, sensitive, list member). Output shapes are
named per operation, with the paths of their timestamp members, so the server knows which
fields to send as epoch seconds. Nothing here runs at emulator run time.
"""

import gzip
import json
import os
import sys

import botocore

MODEL_PATH = os.path.join(
    os.path.dirname(botocore.__file__), "data", "stepfunctions", "2016-11-23", "service-2.json.gz"
)

# Types the validator knows how to check; a new one in an input must be taught to it first.
INPUT_TYPES = {"string", "integer", "long", "float", "boolean", "list", "structure"}
# AWS counts these documented payload limits in UTF-8 bytes, not characters.
UTF8_DOC_MARK = "expressed as bytes in UTF-8 encoding"


def load_model():
    with gzip.open(MODEL_PATH) as f:
        return json.load(f)


def input_shape_names(model):
    shapes = model["shapes"]
    seen = []

    def walk(name):
        if name in seen:
            return
        seen.append(name)
        shape = shapes[name]
        if shape["type"] not in INPUT_TYPES:
            sys.exit(f"input shape {name} has type {shape['type']}, which the validator does not check")
        for member in shape.get("members", {}).values():
            walk(member["shape"])
        if "member" in shape:
            walk(shape["member"]["shape"])

    for op in model["operations"].values():
        if "input" in op:
            walk(op["input"]["shape"])
    return seen


def utf8_sized_shapes(model):
    marked = set()
    for shape in model["shapes"].values():
        for member in shape.get("members", {}).values():
            if UTF8_DOC_MARK in member.get("documentation", ""):
                marked.add(member["shape"])
    return marked


def compact_shape(name, shape, utf8_shapes):
    out = {"type": shape["type"]}
    if shape["type"] == "structure":
        out["members"] = {m: spec["shape"] for m, spec in shape["members"].items()}
        out["required"] = shape.get("required", [])
    if shape["type"] == "list":
        out["member"] = shape["member"]["shape"]
    for key in ("min", "max", "pattern", "enum"):
        if key in shape:
            out[key] = shape[key]
    if shape.get("sensitive"):
        out["sensitive"] = True
    if name in utf8_shapes and ("min" in shape or "max" in shape):
        out["lengthInUtf8Bytes"] = True
    return out


def timestamp_paths(model, shape_name, prefix="", stack=()):
    """Paths like `events[].timestamp` to every timestamp inside an output shape."""
    shapes = model["shapes"]
    shape = shapes[shape_name]
    if shape_name in stack:
        return []
    stack = stack + (shape_name,)
    if shape["type"] == "timestamp":
        return [prefix]
    if shape["type"] == "structure":
        paths = []
        for member, spec in shape["members"].items():
            child = f"{prefix}.{member}" if prefix else member
            paths += timestamp_paths(model, spec["shape"], child, stack)
        return paths
    if shape["type"] == "list":
        return timestamp_paths(model, shape["member"]["shape"], prefix + "[]", stack)
    if shape["type"] == "map":
        return timestamp_paths(model, shape["value"]["shape"], prefix + "{}", stack)
    return []


def main():
    model = load_model()
    utf8_shapes = utf8_sized_shapes(model)
    operations = {}
    for name in sorted(model["operations"]):
        op = model["operations"][name]
        entry = {"input": op["input"]["shape"], "output": op["output"]["shape"]}
        entry["outputTimestamps"] = timestamp_paths(model, op["output"]["shape"])
        host_prefix = op.get("endpoint", {}).get("hostPrefix")
        if host_prefix:
            entry["hostPrefix"] = host_prefix
        operations[name] = entry
    shapes = {n: compact_shape(n, model["shapes"][n], utf8_shapes) for n in sorted(input_shape_names(model))}
    result = {
        "source": f"botocore {botocore.__version__}, stepfunctions {model['metadata']['apiVersion']}",
        "targetPrefix": model["metadata"]["targetPrefix"],
        "operations": operations,
        "shapes": shapes,
    }
    json.dump(result, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
