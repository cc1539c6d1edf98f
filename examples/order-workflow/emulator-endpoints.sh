# Against an emulator started with `sfn-emulator --clock virtual`; SFN_ENDPOINT is its URL.
aws stepfunctions --endpoint-url "$SFN_ENDPOINT" create-state-machine --name hourly \
  --role-arn arn:aws:iam::123456789012:role/any \
  --definition '{"StartAt":"Hour","States":{"Hour":{"Type":"Wait","Seconds":3600,"End":true}}}'
arn=$(aws stepfunctions --endpoint-url "$SFN_ENDPOINT" start-execution \
  --state-machine-arn arn:aws:states:us-east-1:123456789012:stateMachine:hourly \
  --query executionArn --output text)

curl -s "$SFN_ENDPOINT/_emulator/clock"                                   # {"mode":"virtual","now":"...","epochMillis":...}
curl -s -X POST "$SFN_ENDPOINT/_emulator/clock" -d '{"advanceSeconds": 3600}'
curl -s "$SFN_ENDPOINT/_emulator/executions/wait?executionArn=$arn&timeoutSeconds=30"   # DescribeExecution's answer
curl -s "$SFN_ENDPOINT/_emulator/coverage"
curl -s -X POST "$SFN_ENDPOINT/_emulator/reset"                            # forget everything
