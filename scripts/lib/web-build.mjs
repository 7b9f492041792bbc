import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WEB_INPUTS = ['apps/web', 'libs/competencies/src', 'libs/dreyfus/src', 'libs/evidence/src', 'package-lock.json'];
const STAMP = 'dist/web/.build-stamp';

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Runs `vite build` unless dist/web is newer than every web and domain-lib source file. */
export async function buildWebIfStale(root, { quiet = false } = {}) {
  const stampPath = join(root, STAMP);
  const built = existsSync(stampPath) ? statSync(stampPath).mtimeMs : 0;
  const newestInput = Math.max(...WEB_INPUTS.map((input) => newestMtime(join(root, input))));
  if (built > newestInput) return false;
  if (!quiet) console.log('Building the web app…');
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'apps/web/vite.config.mts',
      '--logLevel',
      'warn',
    ],
    {
      cwd: root,
      stdio: quiet ? 'pipe' : 'inherit',
    },
  );
  if (result.status !== 0) {
    if (quiet) process.stderr.write(result.stderr);
    throw new Error('The web app did not build (see the output above).');
  }
  writeFileSync(stampPath, new Date().toISOString());
  return true;
}
