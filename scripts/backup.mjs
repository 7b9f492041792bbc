// `npm run backup [FILE]` / `npm run restore FILE`: runs scripts/database-backup.ts through SWC,
// which keeps the decorator metadata the API's entities need (as `npm start` does).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = spawnSync(
  process.execPath,
  ['-r', '@swc-node/register', 'scripts/database-backup.ts', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: { ...process.env, SWC_NODE_PROJECT: `${root}tsconfig.json` } },
);
process.exit(result.status ?? 1);
