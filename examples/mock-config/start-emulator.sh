# Start the emulator with a mock config file and local handlers.
npx sfn-emulator --in-memory --mock-config MockConfigFile.json --handlers handlers.json
