#!/usr/bin/env python3
"""Generates the emulator's service data from botocore's service models (Apache-2.0), at dev time.

Run after upgrading botocore (installed with boto3), and commit the output:

    python3 tools/generate-service-data.py

It writes two TypeScript data files:
- emulator/asl/definition/validation/integrated-services.generated.ts: the optimized
  integrations of the Step Functions developer guide (OPTIMIZED below, each action checked
  against botocore so a typo cannot slip in). `aws-sdk:` service names are not checked against
  botocore: Step Functions keeps names of the Java SDK (`config`) and of retired services.
- emulator/integrations/mock/output-shapes.generated.ts: the output shapes of the operations TestState's
  fieldValidationMode checks mocked results against, stripped to types, required members,
  enums and ranges.
"""
import gzip
import json
import os
import sys

import botocore

DATA = os.path.join(os.path.dirname(botocore.__file__), "data")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

R, RS, RW, RSW = [""], ["", ".sync"], ["", ".waitForTaskToken"], ["", ".sync", ".waitForTaskToken"]

# The developer guide's optimized integrations ("Integrating services with Step Functions"):
# Step Functions' service name -> (botocore service or None, {action: patterns}).
OPTIMIZED = {
    "lambda": ("lambda", {"invoke": RW}),
    "batch": ("batch", {"submitJob": RSW}),
    "dynamodb": ("dynamodb", {"getItem": R, "putItem": R, "updateItem": R, "deleteItem": R}),
    "ecs": ("ecs", {"runTask": RSW}),
    "eks": (None, {
        "createCluster": RS, "deleteCluster": RS, "createFargateProfile": RS, "deleteFargateProfile": RS,
        "createNodegroup": RS, "deleteNodegroup": RS, "runJob": RS, "call": R,
    }),
    "elasticmapreduce": (None, {
        "createCluster": RS, "terminateCluster": RS, "addStep": RS, "cancelStep": R,
        "setClusterTerminationProtection": R, "modifyInstanceFleetByName": R, "modifyInstanceGroupByName": R,
    }),
    "emr-containers": ("emr-containers", {"createVirtualCluster": R, "deleteVirtualCluster": RS, "startJobRun": RS}),
    "emr-serverless": ("emr-serverless", {
        "createApplication": RS, "startApplication": RS, "stopApplication": RS, "deleteApplication": RS,
        "startJobRun": RS, "cancelJobRun": RS,
    }),
    "glue": ("glue", {"startJobRun": RS}),
    "databrew": ("databrew", {"startJobRun": RS}),
    "athena": ("athena", {"startQueryExecution": RS, "stopQueryExecution": R, "getQueryExecution": R, "getQueryResults": R}),
    "sns": ("sns", {"publish": RW}),
    "sqs": ("sqs", {"sendMessage": RW}),
    "states": ("stepfunctions", {"startExecution": ["", ".sync", ".sync:2", ".waitForTaskToken"]}),
    "events": ("events", {"putEvents": RW}),
    "codebuild": ("codebuild", {
        "startBuild": RS, "stopBuild": R, "batchDeleteBuilds": R, "batchGetReports": R, "startBuildBatch": RS,
        "stopBuildBatch": R, "retryBuildBatch": RS, "deleteBuildBatch": R,
    }),
    "sagemaker": ("sagemaker", {
        "createEndpoint": R, "createEndpointConfig": R, "createModel": R, "updateEndpoint": R,
        "createHyperParameterTuningJob": RS, "createLabelingJob": RS, "createProcessingJob": RS,
        "createTrainingJob": RS, "createTransformJob": RS,
    }),
    "apigateway": (None, {"invoke": RW}),
    "bedrock": (None, {"invokeModel": R, "createModelCustomizationJob": RSW}),
    "bedrockagentcore": ("bedrock-agentcore", {"invokeHarness": R}),
    "http": (None, {"invoke": R}),
    "mediaconvert": ("mediaconvert", {"createJob": RS}),
}

# Request-response optimized integrations whose result is the botocore operation's output, and
# members Step Functions hands over as JSON rather than as the API's type.
OPTIMIZED_OUTPUTS = {
    ("lambda", "invoke"): {"Payload"},
    ("dynamodb", "getItem"): set(), ("dynamodb", "putItem"): set(), ("dynamodb", "updateItem"): set(),
    ("dynamodb", "deleteItem"): set(),
    ("sns", "publish"): set(), ("sqs", "sendMessage"): set(), ("events", "putEvents"): set(),
    ("athena", "startQueryExecution"): set(), ("athena", "getQueryExecution"): set(),
    ("athena", "stopQueryExecution"): set(), ("athena", "getQueryResults"): set(),
    ("codebuild", "stopBuild"): set(), ("sagemaker", "createModel"): set(), ("sagemaker", "createEndpoint"): set(),
    ("sagemaker", "createEndpointConfig"): set(), ("sagemaker", "updateEndpoint"): set(),
    ("batch", "submitJob"): set(), ("ecs", "runTask"): set(),
    ("glue", "startJobRun"): set(), ("states", "startExecution"): set(),
}

# `aws-sdk:` services whose output shapes ship (the SDK clients that come with the emulator, and KMS):
# every other service's mocks are not checked. (An operation's output shape includes its header
# members, which a Step Functions result carries in its body too.)
AWS_SDK_SHAPES = ["s3", "lambda", "dynamodb", "sqs", "sns", "eventbridge", "secretsmanager", "sfn", "kms"]


def load_model(service):
    versions = sorted(os.listdir(os.path.join(DATA, service)))
    for version in reversed(versions):
        for name in ("service-2.json.gz", "service-2.json"):
            path = os.path.join(DATA, service, version, name)
            if os.path.exists(path):
                with (gzip.open(path) if name.endswith(".gz") else open(path, "rb")) as handle:
                    return json.load(handle)
    return None


def sdk_name(model, directory):
    return model["metadata"].get("serviceId", directory).lower().replace(" ", "")


def camel(operation):
    return operation[0].lower() + operation[1:]


def pascal(member):
    """Step Functions results name members in PascalCase, whatever the API's own case (sfn's `executionArn`)."""
    return member[0].upper() + member[1:]


def compact_shape(model, name, shapes):
    """Adds `name` and what it reaches to `shapes`, stripped to what validation reads."""
    if name in shapes:
        return
    shape = model["shapes"][name]
    kind = shape["type"]
    out = {"t": kind}
    shapes[name] = out
    for key in ("min", "max"):
        if key in shape:
            out[key] = shape[key]
    if "enum" in shape:
        out["enum"] = shape["enum"]
    if kind == "structure":
        members = {}
        for member, ref in shape.get("members", {}).items():
            members[pascal(member)] = ref["shape"]
            compact_shape(model, ref["shape"], shapes)
        out["m"] = members
        if shape.get("required"):
            out["r"] = [pascal(member) for member in shape["required"]]
    elif kind == "list":
        out["m"] = shape["member"]["shape"]
        compact_shape(model, shape["member"]["shape"], shapes)
    elif kind == "map":
        out["v"] = shape["value"]["shape"]
        compact_shape(model, shape["value"]["shape"], shapes)


def main():
    directories = sorted(d for d in os.listdir(DATA) if os.path.isdir(os.path.join(DATA, d)))
    models = {}
    sdk_services = {}
    for directory in directories:
        model = load_model(directory)
        if model is None:
            continue
        models[directory] = model
        sdk_services.setdefault(sdk_name(model, directory), directory)

    optimized = {}
    for service, (botocore_service, actions) in OPTIMIZED.items():
        if botocore_service is not None:
            operations = {camel(op) for op in models[botocore_service]["operations"]}
            missing = [action for action in actions if action not in operations]
            if missing:
                sys.exit(f"{service}: {missing} not in botocore's {botocore_service} model")
        optimized[service] = actions

    # Output shapes: per resource type ("lambda", "aws-sdk:s3"), action -> root shape, with the shapes.
    outputs = {}

    def add(resource_type, directory, operation_names, json_members_of):
        model = models[directory]
        shapes = {}
        ops = {}
        for operation in operation_names:
            op = model["operations"][operation]
            output = op.get("output")
            if output is None:
                continue
            root = output["shape"]
            json_members = json_members_of(operation)
            if json_members:
                # A copy of the root with JSON members, so the API's own shape stays intact.
                root_copy = f"{root}#sfn"
                compact_shape(model, root, shapes)
                shapes[root_copy] = dict(shapes[root])
                shapes[root_copy]["m"] = {k: ("*" if k in json_members else v) for k, v in shapes[root]["m"].items()}
                root = root_copy
            else:
                compact_shape(model, root, shapes)
            ops[camel(operation)] = root
        outputs[resource_type] = {"ops": ops, "shapes": shapes}

    for (service, action), json_members in sorted(OPTIMIZED_OUTPUTS.items()):
        directory = OPTIMIZED[service][0]
        operation = action[0].upper() + action[1:]
        existing = outputs.get(service)
        add(service, directory, [operation], lambda _op, members=json_members: members)
        if existing is not None:
            existing["ops"].update(outputs[service]["ops"])
            existing["shapes"].update(outputs[service]["shapes"])
            outputs[service] = existing
    for name in AWS_SDK_SHAPES:
        directory = sdk_services[name]
        add(f"aws-sdk:{name}", directory, sorted(models[directory]["operations"]), lambda _op: frozenset())

    header = "// Generated by tools/generate-service-data.py from botocore {} (Apache-2.0, see NOTICE). Do not edit.\n".format(botocore.__version__)
    with open(os.path.join(ROOT, "emulator/asl/definition/validation/integrated-services.generated.ts"), "w") as out:
        out.write(header)
        out.write('import type { IntegrationSuffix } from "./integration-suffix";\n\n')
        out.write("/** Optimized integrations (`arn:aws:states:::<service>:<action>`) and the patterns each allows. */\n")
        out.write("export const OPTIMIZED_INTEGRATIONS: Readonly<Record<string, Readonly<Record<string, readonly IntegrationSuffix[]>>>> = ")
        lines = [f"  {json.dumps(service)}: {json.dumps(optimized[service], sort_keys=True)}," for service in sorted(optimized)]
        out.write("{\n" + "\n".join(lines) + "\n}")
        out.write(";\n")
    with open(os.path.join(ROOT, "emulator/integrations/mock/output-shapes.generated.ts"), "w") as out:
        out.write(header)
        out.write('import type { OutputShapes } from "./output-shape";\n\n')
        out.write("/** Output shapes by Task resource type (`lambda`, `aws-sdk:s3`): each action's root shape and the shapes it reaches. */\n")
        out.write("export const OUTPUT_SHAPES: OutputShapes = ")
        out.write(json.dumps(outputs, separators=(",", ":"), sort_keys=True))
        out.write(";\n")


if __name__ == "__main__":
    main()
