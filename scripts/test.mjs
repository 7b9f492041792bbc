// `npm test`: every test, in three runs that each print their own summary —
// jest (domain libs, API against a real PostgreSQL, workspace lint rules),
// vitest (web components in jsdom) and jest again for the end-to-end journeys
// in headless Chromium — then one closing line with the totals.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const reports = join(root, 'tmp', 'test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const env = {
  ...process.env,
  TZ: 'UTC',
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  // Plain output in CI, so the summary lines read cleanly.
  ...(process.env.CI ? { NO_COLOR: '1', FORCE_COLOR: '0' } : { FORCE_COLOR: '1' }),
};
const jestBin = join(root, 'node_modules/jest/bin/jest.js');
const vitestBin = join(root, 'node_modules/vitest/vitest.mjs');

const runs = [
  {
    name: 'unit and API',
    args: [
      jestBin,
      '-c',
      'jest.config.cjs',
      '--ci',
      '--maxWorkers=2',
      '--json',
      `--outputFile=${join(reports, 'jest.json')}`,
    ],
    report: 'jest.json',
    kind: 'jest',
  },
  {
    name: 'web components',
    args: [
      vitestBin,
      'run',
      '--config',
      'apps/web/vite.config.mts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(reports, 'vitest.json')}`,
    ],
    report: 'vitest.json',
    kind: 'vitest',
  },
  {
    name: 'end-to-end (headless Chromium)',
    args: [
      jestBin,
      '-c',
      'apps/web/e2e/jest.config.cjs',
      '--ci',
      '--json',
      `--outputFile=${join(reports, 'e2e.json')}`,
    ],
    report: 'e2e.json',
    kind: 'jest',
  },
];

let passed = 0;
let failed = 0;
let skipped = 0;
let broken = false;
for (const run of runs) {
  console.log(`\n=== ${run.name} ===`);
  const result = spawnSync(process.execPath, run.args, { cwd: root, env, stdio: 'inherit' });
  let counts;
  try {
    const report = JSON.parse(readFileSync(join(reports, run.report), 'utf8'));
    counts = {
      passed: report.numPassedTests,
      failed: report.numFailedTests,
      skipped: report.numPendingTests + (report.numTodoTests ?? 0),
    };
  } catch {
    counts = null;
  }
  if (result.status !== 0 || !counts) broken = true;
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
    skipped += counts.skipped;
  }
}

if (broken && failed === 0) failed += 1; // a run that crashed before reporting counts as a failure
// The closing line CI reads: `Total: N passed, N failed`.
console.log(`\nTotal: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(broken || failed > 0 ? 1 : 0);
