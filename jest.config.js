/** Unit and integration tests (jest + ts-jest). Browser tests live apart, in test/e2e. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  // A guard against a hang, not a measure of speed: tests that run the pmo CLI as a process or read
  // whole workbooks take seconds on a loaded 2-core machine, past jest's 5 s default.
  testTimeout: 30000,
  setupFiles: ["<rootDir>/test/setup/custom-functions-global.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
