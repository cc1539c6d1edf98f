npx sfn-emulator --in-memory --clock auto --mock-config MockConfigFile.json
