import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Bad configuration stops start-up with one clear line naming the variable — no stack trace. */
const root = join(__dirname, '..', '..', '..');

function start(env: Record<string, string>): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: root,
    env: { ...process.env, SWC_NODE_PROJECT: join(root, 'tsconfig.json'), ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stderr: result.stderr };
}

describe('start-up with bad configuration', () => {
  it.each([
    [{ PORT: 'abc' }, 'Ladder cannot start: PORT: must be a whole number from 1 to 65535, got "abc"'],
    [
      { DATABASE_URL: 'postgres://ladder:secret@127.0.0.1:1/ladder' },
      'Ladder cannot start: DATABASE_URL: cannot connect to PostgreSQL at 127.0.0.1:1/ladder (ECONNREFUSED)',
    ],
    [
      { DATABASE_URL: 'not-a-url' },
      'Ladder cannot start: DATABASE_URL: is not a valid URL (expected postgres://user:password@host:5432/database)',
    ],
    [
      { NODE_ENV: 'production', SECRETS_KEY: Buffer.alloc(32, 7).toString('base64'), DATABASE_URL: '' },
      'Ladder cannot start: DATABASE_URL: is required when NODE_ENV=production (without it Ladder runs the demo, with published passwords)',
    ],
  ])('%j stops with one line naming the variable', (env, line) => {
    const { status, stderr } = start(env);
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([line]);
  });
});
