const { TEST_TIMEOUT_MS } = require('./jest.preset.cjs');

/** Unit and medium tests (libs, API, workspace tooling). End-to-end journeys run separately: apps/web/e2e. */
module.exports = {
  // A global option: the projects' own testTimeout is not read in this run (see jest.preset.cjs).
  testTimeout: TEST_TIMEOUT_MS,
  projects: [
    '<rootDir>/libs/competencies/jest.config.cjs',
    '<rootDir>/libs/dreyfus/jest.config.cjs',
    '<rootDir>/libs/evidence/jest.config.cjs',
    '<rootDir>/apps/api/jest.config.cjs',
    '<rootDir>/scripts/lint/jest.config.cjs',
  ],
};
