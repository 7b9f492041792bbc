/** Unit and medium tests (libs, API, workspace tooling). End-to-end journeys run separately: apps/web/e2e. */
module.exports = {
  projects: [
    '<rootDir>/libs/competencies/jest.config.cjs',
    '<rootDir>/libs/dreyfus/jest.config.cjs',
    '<rootDir>/libs/evidence/jest.config.cjs',
    '<rootDir>/apps/api/jest.config.cjs',
    '<rootDir>/scripts/lint/jest.config.cjs',
  ],
};
