import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    alias: [
      { find: '@ladder/competencies', replacement: `${workspaceRoot}libs/competencies/src/index.ts` },
      { find: '@ladder/dreyfus', replacement: `${workspaceRoot}libs/dreyfus/src/index.ts` },
      { find: '@ladder/evidence', replacement: `${workspaceRoot}libs/evidence/src/index.ts` },
      // nhsuk-frontend's CSS points at its icons as /assets/images/…; bundle them from the package.
      {
        find: /^\/assets\/images\/(.*)$/,
        replacement: `${workspaceRoot}node_modules/nhsuk-frontend/dist/nhsuk/assets/images/$1`,
      },
    ],
  },
  build: {
    outDir: `${workspaceRoot}dist/web`,
    emptyOutDir: true,
    sourcemap: true,
    // nhsuk-frontend keeps IE media-query hacks (`@media screen\0`) that the CSS minifier rejects.
    cssMinify: false,
  },
  server: {
    // `npm run dev:web` proxies the API started by `npm start`.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.tsx', 'src/**/*.spec.ts'],
    setupFiles: ['src/test-setup.ts'],
    css: false,
    env: { TZ: 'UTC' },
    // Rendering and typing through a long form in jsdom outlasts vitest's 5 s default on a loaded
    // 2-core machine. src/test/test-timeout.spec.ts proves the value is the one in force.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
