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

function libJestConfig(name, dir) {
  return {
    displayName: name,
    rootDir: dir,
    testEnvironment: 'node',
    transform: { '^.+\\.(t|j)sx?$': swcTransform },
    moduleNameMapper,
    testMatch: ['<rootDir>/src/**/*.spec.ts'],
  };
}

module.exports = { swcTransform, moduleNameMapper, libJestConfig, root };
