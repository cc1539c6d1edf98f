import type { Config } from "jest";

// tsconfig.jest.json sets isolatedModules, so ts-jest transpiles without type checking; `npm run lint` type-checks once.
const config: Config = {
  testEnvironment: "node",
  roots: ["<rootDir>/emulator", "<rootDir>/compat-tests", "<rootDir>/bin", "<rootDir>/examples"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }] },
  testTimeout: 60000,
  setupFiles: ["<rootDir>/jest.setup.ts"],
};

export default config;
