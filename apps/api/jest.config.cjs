const { moduleNameMapper, swcTransform, TEST_TIMEOUT_MS } = require('../../jest.preset.cjs');

/** API tests: small tests beside the code, medium tests against a real PostgreSQL. */
module.exports = {
  displayName: 'api',
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swcTransform },
  moduleNameMapper,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  // Read only when this is the run's own config; `npm test` takes the root config's (see jest.preset.cjs).
  testTimeout: TEST_TIMEOUT_MS,
};
