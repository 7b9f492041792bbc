// `npm start`: builds the web app if its sources changed since the last build,
// then runs the API, which serves the web app, the API and its docs on one port.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildWebIfStale } from './lib/web-build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

await buildWebIfStale(root);

const api = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SWC_NODE_PROJECT: `${root}tsconfig.json` },
});

// Ctrl-C reaches the API directly (same process group); SIGTERM sent to this
// launcher is passed on. Either way the API stops itself and the embedded database.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => api.kill('SIGTERM'));
}
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
