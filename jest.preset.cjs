// Shared jest settings: TypeScript through SWC (fast, keeps decorator metadata
// for Nest and TypeORM), path aliases from tsconfig.base.json, UTC everywhere.
const path = require('node:path');

const root = __dirname;

const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
      // Rewrites @ladder/* imports at transform time, so code jest loads outside its
      // module registry (globalSetup) resolves them too.
      baseUrl: root,
      paths: {
        '@ladder/competencies': ['libs/competencies/src/index.ts'],
        '@ladder/dreyfus': ['libs/dreyfus/src/index.ts'],
        '@ladder/evidence': ['libs/evidence/src/index.ts'],
        '@ladder/migrations': ['migrations/index.ts'],
      },
    },
    module: { type: 'commonjs' },
  },
];

const moduleNameMapper = {
  '^@ladder/competencies$': path.join(root, 'libs/competencies/src/index.ts'),
  '^@ladder/dreyfus$': path.join(root, 'libs/dreyfus/src/index.ts'),
  '^@ladder/evidence$': path.join(root, 'libs/evidence/src/index.ts'),
  '^@ladder/migrations$': path.join(root, 'migrations/index.ts'),
};

/**
 * How long one test or hook may take. Jest reads `testTimeout` only from the
 * configuration a run was started with: in the root config's multi-project run
 * (`npm test`) a project's own `testTimeout` is silently ignored. So the root
 * config sets it, and each project config sets the same value for when it is
 * the run's own config (`nx test api` runs `jest -c apps/api/jest.config.cjs`).
 * Two minutes: medium tests start a Nest app on a fresh database in their hooks,
 * which on a loaded 2-core machine took well over jest's default 5 s.
 * apps/api/test/support/test-timeout.spec.ts proves the value is in force.
 */
const TEST_TIMEOUT_MS = 120_000;

function libJestConfig(name, dir) {
  return {
    displayName: name,
    rootDir: dir,
    testEnvironment: 'node',
    transform: { '^.+\\.(t|j)sx?$': swcTransform },
    moduleNameMapper,
    testMatch: ['<rootDir>/src/**/*.spec.ts'],
    testTimeout: TEST_TIMEOUT_MS,
  };
}

module.exports = { swcTransform, moduleNameMapper, libJestConfig, root, TEST_TIMEOUT_MS };
