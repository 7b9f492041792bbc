const { moduleNameMapper, swcTransform } = require('../../../jest.preset.cjs');

/** End-to-end journeys: the real server on real PostgreSQL, driven in headless Chromium. */
module.exports = {
  displayName: 'e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swcTransform },
  moduleNameMapper,
  testMatch: ['<rootDir>/**/*.e2e.ts'],
  globalSetup: '<rootDir>/global-setup.ts',
  globalTeardown: '<rootDir>/global-teardown.ts',
  // Read: this is the run's own config (test-timeout.e2e.ts proves it). Journeys in Chromium on a loaded machine need minutes.
  testTimeout: 120000,
  maxWorkers: 1,
};
