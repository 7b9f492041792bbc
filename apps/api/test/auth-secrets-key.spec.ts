import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

/** Production refuses to start without a real SECRETS_KEY: one line naming it, no stack trace. */
describe('start-up without a secrets key in production', () => {
  it.each([
    [
      {},
      'Ladder cannot start: SECRETS_KEY: is required when NODE_ENV=production (generate one with: openssl rand -base64 32)',
    ],
    [
      { SECRETS_KEY: 'bGFkZGVyLWRldi1rZXktcHVibGljLW5vdC1zZWNyZXQ=' },
      'Ladder cannot start: SECRETS_KEY: must not be the public development key in production (generate one with: openssl rand -base64 32)',
    ],
  ])('%j stops with one line naming SECRETS_KEY', (extra, line) => {
    const env: Record<string, string | undefined> = {
      ...process.env,
      SWC_NODE_PROJECT: join(root, 'tsconfig.json'),
      NODE_ENV: 'production',
      ...extra,
    };
    if (!('SECRETS_KEY' in extra)) delete env.SECRETS_KEY;
    const result = spawnSync(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
      cwd: root,
      env,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([line]);
  });
});
