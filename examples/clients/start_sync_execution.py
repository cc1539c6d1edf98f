# StartSyncExecution with boto3: an Express state machine run and answered in one call.
import json

import boto3
from botocore.config import Config

sfn = boto3.client(
    "stepfunctions",
    endpoint_url="http://localhost:8083",
    region_name="us-east-1",
    aws_access_key_id="test",
    aws_secret_access_key="test",
    config=Config(inject_host_prefix=False),  # for StartSyncExecution and TestState
)

machine = sfn.create_state_machine(
    name="greet",
    type="EXPRESS",
    roleArn="arn:aws:iam::123456789012:role/any",
    definition=json.dumps({
        "StartAt": "Greet",
        "States": {"Greet": {"Type": "Pass", "Parameters": {"greeting.$": "States.Format('hello {}', $.name)"}, "End": True}},
    }),
)
result = sfn.start_sync_execution(stateMachineArn=machine["stateMachineArn"], input=json.dumps({"name": "world"}))
print(result["status"], result["output"])  # SUCCEEDED {"greeting":"hello world"}
