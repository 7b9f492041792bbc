const { swcTransform } = require('../../jest.preset.cjs');

/** Tests of the workspace's own tooling (lint rules). */
module.exports = {
  displayName: 'workspace',
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swcTransform },
  testMatch: ['<rootDir>/**/*.spec.ts'],
  testTimeout: 60000,
};
