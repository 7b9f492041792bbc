import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../src/database/embedded-postgres';
import { runMigrations } from '../src/database/migrate';
import { prepareApiLogin } from '../src/database/api-login';
import { loadConfig } from '../src/config/app-config';

/**
 * The test database server: a real PostgreSQL, started once per test run
 * (embedded, or the server in DATABASE_URL). The schema is migrated once into
 * a template database; each test file clones its own database from it.
 */
const ADMIN_URL_VAR = 'LADDER_TEST_ADMIN_URL';
const TEMPLATE_VAR = 'LADDER_TEST_TEMPLATE';

interface RunningServer {
  embedded?: EmbeddedPostgresHandle;
  dataDir?: string;
  template: string;
  adminUrl: string;
}

const RUNNING = Symbol.for('ladder.test-database');
type GlobalWithServer = typeof globalThis & { [RUNNING]?: RunningServer };

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** jest globalSetup: start the server and migrate the template once. */
export async function startTestDatabaseServer(): Promise<void> {
  const template = `ladder_template_${randomBytes(4).toString('hex')}`;
  let running: RunningServer;
  if (process.env.DATABASE_URL) {
    const adminUrl = process.env.DATABASE_URL;
    running = { template, adminUrl };
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'ladder-test-pg-'));
    // When run as root, PostgreSQL runs as the `postgres` user, which must reach the cluster folder.
    chmodSync(dataDir, 0o755);
    const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    running = { embedded, dataDir, template, adminUrl: embedded.url('postgres') };
  }
  await adminQuery(running.adminUrl, `CREATE DATABASE "${template}"`);
  await runMigrations(withDatabase(running.adminUrl, template));
  // The API's login is one role for the whole server: made once here, not by test files racing.
  await prepareApiLogin(withDatabase(running.adminUrl, template), loadConfig(process.env).secretsKey);
  (globalThis as GlobalWithServer)[RUNNING] = running;
  process.env[ADMIN_URL_VAR] = running.adminUrl;
  process.env[TEMPLATE_VAR] = template;
}

/** jest globalTeardown. */
export async function stopTestDatabaseServer(): Promise<void> {
  const running = (globalThis as GlobalWithServer)[RUNNING];
  if (!running) return;
  if (running.embedded) {
    await running.embedded.stop();
    if (running.dataDir) rmSync(running.dataDir, { recursive: true, force: true });
  } else {
    // On a shared server, leave nothing behind: the clones, then the template.
    const client = new Client({ connectionString: running.adminUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE $1`,
        [`${running.template}%`],
      );
      for (const { datname } of rows.sort((a, b) => b.datname.length - a.datname.length)) {
        await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
    } finally {
      await client.end();
    }
  }
}

/** A fresh, migrated database for one test file, cloned from the template. Returns its URL. */
export async function createTestDatabase(): Promise<string> {
  return createDatabaseFrom('migrated');
}

/** A fresh database with no migration applied, for tests of the migrations themselves. Returns its URL. */
export async function createEmptyTestDatabase(): Promise<string> {
  return createDatabaseFrom('empty');
}

async function createDatabaseFrom(kind: 'migrated' | 'empty'): Promise<string> {
  const adminUrl = process.env[ADMIN_URL_VAR];
  const template = process.env[TEMPLATE_VAR];
  if (!adminUrl || !template) {
    throw new Error('The test database server is not running: run the tests through jest with its globalSetup.');
  }
  // Named after the template either way, so the teardown of a shared server finds it.
  const name = `${template}_${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${kind === 'migrated' ? template : 'template0'}"`);
  return withDatabase(adminUrl, name);
}

/**
 * Runs SQL as the database owner (the migration role), bypassing row-level
 * security: for tests that check what is really stored, or that the API's own
 * role is refused something.
 */
export async function ownerQuery<T = Record<string, unknown>>(
  databaseUrl: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
