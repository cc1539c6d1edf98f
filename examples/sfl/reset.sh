# Wipe every state machine, execution, activity and tag, as a fresh start would (no restart).
curl -s -X POST "${SFN_ENDPOINT:-http://localhost:8083}/_emulator/reset"
