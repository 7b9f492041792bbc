// Fuzzing soak: the npm-test fuzzer (apps/api/test/fuzz/openapi-fuzz.spec.ts) with many more
// requests per route, printing what was sent and what came back. `npm test` sends about 100 a route.
//
//   npm run bench:fuzz                 FUZZ_RUNS=1000 by default; FUZZ_SEED=n repeats a run
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const report = join(root, 'tmp', 'fuzz', 'report.json');
const runs = process.env.FUZZ_RUNS ?? '1000';
rmSync(report, { force: true });

const started = performance.now();
const jest = spawnSync(
  process.execPath,
  [join(root, 'node_modules/jest/bin/jest.js'), '-c', 'jest.config.cjs', '--ci', 'apps/api/test/fuzz'],
  { cwd: root, env: { ...process.env, TZ: 'UTC', FUZZ_RUNS: runs, FUZZ_REPORT: report }, stdio: 'inherit' },
);
const seconds = (performance.now() - started) / 1000;

const { routes } = JSON.parse(readFileSync(report, 'utf8'));
const totals = {};
let requests = 0;
let serverErrors = 0;
let checked = 0;
for (const route of Object.values(routes)) {
  requests += route.requests;
  if (route.tablesChecked) checked += 1;
  for (const [status, count] of Object.entries(route.statuses)) {
    totals[status] = (totals[status] ?? 0) + count;
    if (Number(status) >= 500) serverErrors += count;
  }
}
console.log(
  `\nFuzzing soak: ${Object.keys(routes).length} routes, up to ${runs} requests each, ${seconds.toFixed(0)} s`,
);
console.log(`  requests sent: ${requests} (${(requests / seconds).toFixed(0)} per second)`);
console.log(
  `  answers by status: ${Object.entries(totals)
    .map(([status, n]) => `${status}: ${n}`)
    .join(', ')}`,
);
console.log(`  5xx answers: ${serverErrors}`);
console.log(`  routes that refused every request, with every table compared before and after: ${checked}`);
process.exit(jest.status ?? 1);
