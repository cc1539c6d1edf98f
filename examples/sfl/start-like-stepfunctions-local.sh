# Step Functions Local's jar flags and Docker variables work unchanged; --compat switches to its behaviour.
export SFN_MOCK_CONFIG=./MockConfigFile.json
sfn-emulator --compat stepfunctions-local -account 123456789012 -region us-east-1 \
  -waitTimeScale 0 -lambdaEndpoint http://localhost:3001
