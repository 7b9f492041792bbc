// `npm run lint`: ESLint with zero warnings. Nx's boundary rule reads the cached
// project graph and silently skips without one, so build the graph first and
// fail if the rule still reports that it skipped. Then the API's feature folders
// must import each other in no cycle (scripts/lint/feature-folders.cjs).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };

const graph = spawnSync(process.execPath, ['node_modules/nx/dist/bin/nx.js', 'show', 'projects'], {
  cwd: root,
  env,
  encoding: 'utf8',
});
if (graph.status !== 0) {
  process.stderr.write(graph.stderr);
  process.exit(graph.status ?? 1);
}
const eslint = spawnSync(process.execPath, ['node_modules/eslint/bin/eslint.js', '.', '--max-warnings=0'], {
  cwd: root,
  env,
  encoding: 'utf8',
});
process.stdout.write(eslint.stdout);
process.stderr.write(eslint.stderr);
if (eslint.stdout.includes('No cached ProjectGraph')) {
  console.error('Lint failed: the Nx module-boundary rule could not read the project graph.');
  process.exit(1);
}
if (eslint.status !== 0) process.exit(eslint.status ?? 1);

const { featureFolderCycles, readSources } = createRequire(import.meta.url)('./lint/feature-folders.cjs');
const cycles = featureFolderCycles(readSources(`${root}apps/api/src`));
for (const cycle of cycles) {
  console.error(`API feature folders import each other in a cycle: ${cycle.folders.join(', ')}`);
  for (const edge of cycle.imports) console.error(`  ${edge}`);
}
process.exit(cycles.length > 0 ? 1 : 0);
