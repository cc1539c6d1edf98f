# Hello world with the AWS CLI: create a Pass state machine, run it, read its status, output and history.
export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1
export AWS_ENDPOINT_URL=http://localhost:8083   # or --endpoint-url on each command
aws stepfunctions create-state-machine --name hello --role-arn arn:aws:iam::123456789012:role/any \
  --definition '{"StartAt":"Hi","States":{"Hi":{"Type":"Pass","Result":"hello","End":true}}}'
arn=$(aws stepfunctions start-execution --input '{}' --query executionArn --output text \
  --state-machine-arn arn:aws:states:us-east-1:123456789012:stateMachine:hello)
while [ "$(aws stepfunctions describe-execution --execution-arn "$arn" --query status --output text)" = RUNNING ]; do sleep 1; done
aws stepfunctions describe-execution --execution-arn "$arn" --query '{status: status, output: output}'
aws stepfunctions get-execution-history --execution-arn "$arn" --query 'events[].type'
