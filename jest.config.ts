import type { Config } from "jest";

// ts-jest with isolatedModules skips type checking per file; `npm run lint` type-checks the whole tree once.
const config: Config = {
  testEnvironment: "node",
  roots: ["<rootDir>/emulator", "<rootDir>/compat-tests", "<rootDir>/bin"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { isolatedModules: true }] },
  testTimeout: 60000,
};

export default config;
