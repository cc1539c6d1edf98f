/** Jest's configuration: where tests live, how TypeScript is transpiled, package names mapped to sources. */
import type { Config } from "jest";

// tsconfig.jest.json sets isolatedModules, so ts-jest transpiles without type checking; `npm run lint` type-checks once.
const config: Config = {
  testEnvironment: "node",
  roots: ["<rootDir>/emulator", "<rootDir>/compat-tests", "<rootDir>/bin", "<rootDir>/examples", "<rootDir>/console"],
  // The examples import the package by its name, as its users do; the tests run it from source.
  moduleNameMapper: { "^sfn-emulator$": "<rootDir>/emulator/index.ts", "^sfn-emulator/jest$": "<rootDir>/emulator/testkit/jest.ts" },
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }] },
  testTimeout: 60000,
  setupFiles: ["<rootDir>/jest.setup.ts"],
  globalSetup: "<rootDir>/jest.global-setup.ts",
};

export default config;
