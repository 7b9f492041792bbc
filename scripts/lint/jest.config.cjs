const { swcTransform, TEST_TIMEOUT_MS } = require('../../jest.preset.cjs');

/** Tests of the workspace's own tooling (lint rules). */
module.exports = {
  displayName: 'workspace',
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swcTransform },
  testMatch: ['<rootDir>/**/*.spec.ts'],
  // Read only when this is the run's own config; `npm test` takes the root config's (see jest.preset.cjs).
  testTimeout: TEST_TIMEOUT_MS,
};
