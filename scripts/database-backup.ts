/**
 * `npm run backup [FILE]` and `npm run restore FILE` (through scripts/backup.mjs).
 *
 * With DATABASE_URL: backs that database up, or restores into it (it must be empty: create a
 * new database for the restore). Without it: the embedded database in LADDER_DATA_DIR (default
 * .data). A backup works while Ladder runs; a restore needs it stopped, restores into a new
 * database, keeps the one it replaces as `ladder_before_restore_<time>` (nothing is dropped) and
 * puts the restored one in its place.
 */
import { Client } from 'pg';
import { loadConfig } from '../apps/api/src/config/app-config';
import { backupDatabase, restoreDatabase } from '../apps/api/src/database/backup';
import { canConnect } from '../apps/api/src/database/database-reachability';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../apps/api/src/database/embedded-postgres';

async function main(): Promise<void> {
  const [command, fileArgument] = process.argv.slice(2);
  const config = loadConfig(process.env);
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
  const file = fileArgument ?? `ladder-${stamp}.backup`;
  if (command !== 'backup' && command !== 'restore') throw new Error('usage: database-backup.ts backup|restore FILE');
  if (command === 'restore' && !fileArgument) throw new Error('npm run restore FILE: name the backup file');

  if (config.databaseUrl) {
    const counts =
      command === 'backup'
        ? await backupDatabase(config.databaseUrl, file)
        : await restoreDatabase(config.databaseUrl, file);
    report(command, file, counts);
    return;
  }

  const embeddedUrl = (database: string) =>
    `postgres://ladder:ladder-embedded@127.0.0.1:${config.embeddedPort}/${database}`;
  const running = await canConnect(embeddedUrl('postgres'));
  if (command === 'restore' && running) {
    throw new Error('Stop Ladder before restoring into its embedded database (the backup command works while it runs)');
  }
  let server: EmbeddedPostgresHandle | undefined;
  if (!running) server = await startEmbeddedPostgres({ dataDir: config.embeddedDataDir, port: config.embeddedPort });
  try {
    if (command === 'backup') {
      report(command, file, await backupDatabase(embeddedUrl('ladder'), file));
      return;
    }
    const admin = new Client({ connectionString: embeddedUrl('postgres') });
    await admin.connect();
    try {
      await admin.query('DROP DATABASE IF EXISTS ladder_restoring');
      await admin.query('CREATE DATABASE ladder_restoring');
      const counts = await restoreDatabase(embeddedUrl('ladder_restoring'), file);
      const { rows } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'ladder'`);
      if (rows.length > 0) await admin.query(`ALTER DATABASE ladder RENAME TO "ladder_before_restore_${stamp}"`);
      await admin.query('ALTER DATABASE ladder_restoring RENAME TO ladder');
      report(command, file, counts);
      if (rows.length > 0) console.log(`The database it replaced is kept as ladder_before_restore_${stamp}.`);
    } finally {
      await admin.end();
    }
  } finally {
    await server?.stop();
  }
}

function report(command: string, file: string, counts: Record<string, number>): void {
  const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const verb = command === 'backup' ? 'Backed up' : 'Restored';
  console.log(
    `${verb} ${rows} rows in ${Object.keys(counts).length} tables ${command === 'backup' ? 'to' : 'from'} ${file}.`,
  );
}

main().catch((error: unknown) => {
  console.error(
    `Ladder ${process.argv[2] ?? 'backup'} failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
