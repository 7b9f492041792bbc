import type { INestApplication } from '@nestjs/common';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp, storeReferenceData } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { runMigrations } from '../src/database/migrate';
import type { ApiClient } from './auth-helpers';
import { testFactories } from './factories';
import { freePort } from './test-database';

/**
 * With PostgreSQL gone, every route answers 503 with a clear message (not a 500, not a hang), and
 * the API recovers by itself when it is back (issue 11: database outage). This file runs its own
 * PostgreSQL server, so stopping it touches no other test.
 */
describe('a database outage (its own real PostgreSQL, stopped and started)', () => {
  let dataDir: string;
  let port: number;
  let server: ChildProcess | undefined;
  let app: INestApplication;
  let worker: ApiClient;
  let workerId: string;

  const root = join(__dirname, '..', '..', '..');
  const start = async () => {
    const child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', join(__dirname, 'support', 'standalone-postgres.ts'), dataDir, String(port)],
      {
        cwd: root,
        env: { ...process.env, SWC_NODE_PROJECT: join(root, 'tsconfig.json') },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
    if (!chunk.toString().includes('ready')) throw new Error(`standalone PostgreSQL did not start: ${chunk}`);
    server = child;
  };
  const stop = async () => {
    const child = server!;
    server = undefined;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ladder-outage-'));
    chmodSync(dataDir, 0o755);
    port = await freePort();
    await start();
    const databaseUrl = `postgres://ladder:ladder-embedded@127.0.0.1:${port}/ladder`;
    await runMigrations(databaseUrl);
    app = await createApp({ config: { ...loadConfig({}), logLevel: 'error' }, databaseUrl, demoMode: false });
    await app.init();
    await storeReferenceData(app);
    const factories = testFactories(app, databaseUrl);
    const person = await factories.newPerson(await factories.newOrganisation(), { roles: ['link_worker'] });
    workerId = person.id;
    worker = await factories.signedInClient(person);
  });

  afterAll(async () => {
    await app?.close();
    if (server) await stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const routes = () =>
    [
      ['GET /api/health', request(app.getHttpServer()).get('/api/health')],
      ['GET /api/frameworks (public)', request(app.getHttpServer()).get('/api/frameworks')],
      ['GET /api/auth/me (signed in)', worker.get('/api/auth/me')],
      ['GET /api/people/{id}/progression', worker.get(`/api/people/${workerId}/progression`)],
      [
        'POST /api/auth/login',
        worker.post('/api/auth/login', { email: 'someone@example.org', password: 'a password' }),
      ],
    ] as const;

  it('answers 200 while the database is up', async () => {
    for (const [, sent] of routes()) expect([200, 401]).toContain((await sent).status);
  });

  it('answers 503 on every route while it is down, saying so, and 200 again once it is back', async () => {
    await stop();
    for (const [route, sent] of routes()) {
      const response = await sent;
      expect({ route, status: response.status }).toEqual({ route, status: 503 });
      expect(response.body.message ?? response.body.detail).toMatch(/database/i);
    }
    await start();
    const answers = await Promise.all(routes().map(async ([route, sent]) => [route, (await sent).status]));
    expect(answers).toEqual(routes().map(([route]) => [route, route === 'POST /api/auth/login' ? 401 : 200]));
  });
});
