# The Orders machine run as its mock config test case RetryPath: Charge is mocked, Ship runs a local handler.
export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1
export AWS_ENDPOINT_URL=http://localhost:8083
aws stepfunctions create-state-machine --name Orders \
  --role-arn arn:aws:iam::123456789012:role/sfn --definition '{
    "StartAt": "Charge",
    "States": {
      "Charge": {
        "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
        "Parameters": { "FunctionName": "charge", "Payload.$": "$" },
        "OutputPath": "$.Payload",
        "Retry": [{ "ErrorEquals": ["Lambda.TooManyRequestsException"], "MaxAttempts": 3 }],
        "Catch": [{ "ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Refund" }],
        "Next": "Ship"
      },
      "Ship": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": { "FunctionName": "ship", "Payload.$": "$" }, "OutputPath": "$.Payload", "End": true },
      "Refund": { "Type": "Pass", "End": true }
    }
  }'
arn=$(aws stepfunctions start-execution --input '{"order": 7}' --query executionArn --output text \
  --state-machine-arn 'arn:aws:states:us-east-1:123456789012:stateMachine:Orders#RetryPath')
while [ "$(aws stepfunctions describe-execution --execution-arn "$arn" --query status --output text)" = RUNNING ]; do sleep 1; done
aws stepfunctions describe-execution --execution-arn "$arn" --query '{status: status, output: output}'
aws stepfunctions get-execution-history --execution-arn "$arn" --query 'events[].type'
