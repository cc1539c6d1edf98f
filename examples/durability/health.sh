# What the emulator holds right now: running executions, armed timers, tasks waiting for an answer.
curl -s "${SFN_ENDPOINT:-http://localhost:8083}/health"
