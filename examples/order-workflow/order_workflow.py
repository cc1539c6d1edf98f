"""The order workflow tested from Python with boto3 and the emulator's HTTP endpoints.

The emulator runs with a virtual clock (`--clock virtual`), the mock config in this folder and a
local handler for the warehouse queue. SFN_ENDPOINT names it (default http://localhost:8083).
"""
import json
import os
import urllib.request

import boto3
from botocore.config import Config

ENDPOINT = os.environ.get("SFN_ENDPOINT", "http://localhost:8083")
HERE = os.path.dirname(os.path.abspath(__file__))

sfn = boto3.client(
    "stepfunctions",
    endpoint_url=ENDPOINT,
    region_name="us-east-1",
    aws_access_key_id="test",
    aws_secret_access_key="test",
    config=Config(inject_host_prefix=False),
)


def emulator(method, path, body=None):
    """Calls one of the emulator's own endpoints under /_emulator/ and returns its JSON answer."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(ENDPOINT + "/_emulator" + path, data=data, method=method)
    with urllib.request.urlopen(request) as answer:
        return json.loads(answer.read())


with open(os.path.join(HERE, "order-workflow.asl.json")) as definition:
    machine = sfn.create_state_machine(
        name="OrderWorkflow",
        definition=definition.read(),
        roleArn="arn:aws:iam::123456789012:role/orders",
    )

# `#HappyPath` picks the mock config's test case: the gateway is busy twice, the item is in stock.
execution = sfn.start_execution(
    stateMachineArn=machine["stateMachineArn"] + "#HappyPath",
    input=json.dumps({"orderId": "o-1"}),
)
arn = execution["executionArn"]

# Nothing moves until the clock does: 30 s and 60 s of retry backoff, then the day's Wait.
clock = emulator("POST", "/clock", {"advanceSeconds": 90 + 24 * 60 * 60})
print("clock is at", clock["now"])

# The warehouse message carries the callback's task token.
events = sfn.get_execution_history(executionArn=arn, maxResults=1000)["events"]
scheduled = [e for e in events if e["type"] == "TaskScheduled"]
message = json.loads(scheduled[-1]["taskScheduledEventDetails"]["parameters"])["MessageBody"]
sfn.send_task_success(taskToken=message["taskToken"], output=json.dumps({"trackingNumber": "TRK-1"}))

# Long-poll until the execution ends: the answer is DescribeExecution's.
ended = emulator("GET", "/executions/wait?executionArn=" + arn + "&timeoutSeconds=30")
assert ended["status"] == "SUCCEEDED", ended
output = json.loads(ended["output"])
assert output["shipment"] == {"trackingNumber": "TRK-1"}, output
assert ended["stopDate"] - ended["startDate"] == 90 + 24 * 60 * 60, ended

coverage = emulator("GET", "/coverage")["stateMachines"][0]
print("states never entered:", coverage["notExercised"]["states"])
assert coverage["notExercised"]["states"] == ["Backordered", "PaymentFailed"], coverage
print("order shipped:", output["shipment"]["trackingNumber"])
