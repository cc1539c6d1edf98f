# One emulator, two regions side by side: each region (and each account) keeps its own resources.
# SFN_ENDPOINT is where the emulator listens; a 12-digit access key id names the account.
export AWS_ACCESS_KEY_ID=111122223333 AWS_SECRET_ACCESS_KEY=test
endpoint=${SFN_ENDPOINT:-http://localhost:8083}
definition='{"StartAt":"Hi","States":{"Hi":{"Type":"Pass","End":true}}}'
role=arn:aws:iam::111122223333:role/any
for region in us-east-1 eu-west-1 cn-north-1; do
  aws stepfunctions --endpoint-url "$endpoint" --region "$region" create-state-machine \
    --name orders --role-arn "$role" --definition "$definition" --query stateMachineArn --output text
done
# Each region lists only its own "orders".
aws stepfunctions --endpoint-url "$endpoint" --region eu-west-1 list-state-machines \
  --query 'stateMachines[].stateMachineArn' --output text
