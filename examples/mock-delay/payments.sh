export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1
export AWS_ENDPOINT_URL=http://localhost:8083
aws stepfunctions create-state-machine --name Payments \
  --role-arn arn:aws:iam::123456789012:role/sfn --definition '{
    "StartAt": "Charge",
    "States": {
      "Charge": {
        "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
        "Parameters": { "FunctionName": "charge", "Payload.$": "$" },
        "OutputPath": "$.Payload", "TimeoutSeconds": 60,
        "Catch": [{ "ErrorEquals": ["States.Timeout"], "ResultPath": "$.error", "Next": "GatewayDown" }],
        "End": true
      },
      "GatewayDown": { "Type": "Pass", "End": true }
    }
  }'
for test_case in GatewayHangs GatewaySlow; do
  arn=$(aws stepfunctions start-execution --input '{"order": 7}' --query executionArn --output text \
    --state-machine-arn "arn:aws:states:us-east-1:123456789012:stateMachine:Payments#$test_case")
  while [ "$(aws stepfunctions describe-execution --execution-arn "$arn" --query status --output text)" = RUNNING ]; do sleep 1; done
  aws stepfunctions describe-execution --execution-arn "$arn" --query output --output text
  aws stepfunctions get-execution-history --execution-arn "$arn" --query 'events[].type' --output text
done
