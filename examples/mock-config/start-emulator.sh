npx sfn-emulator --in-memory --mock-config MockConfigFile.json --handlers handlers.json
