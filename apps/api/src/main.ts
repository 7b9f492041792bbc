import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { join } from 'node:path';
import { createApp, storeReferenceData } from './app.factory';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import { assertDatabaseReachable } from './database/database-reachability';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './database/embedded-postgres';
import { runMigrations } from './database/migrate';
import { DemoService } from './demo/demo.service';
import { DemoRecordsService } from './demo/demo-records.service';

const WORKSPACE_ROOT = join(__dirname, '..', '..', '..');
const WEB_ROOT = join(WORKSPACE_ROOT, 'dist', 'web');

let app: INestApplication | undefined;
let embedded: EmbeddedPostgresHandle | undefined;

async function main(): Promise<void> {
  const config = loadConfig(process.env, WORKSPACE_ROOT);
  const databaseUrl = await prepareDatabase(config);
  await runMigrations(databaseUrl);

  app = await createApp({
    config,
    databaseUrl,
    demoMode: config.databaseUrl === undefined,
    webRoot: WEB_ROOT,
  });
  await storeReferenceData(app);
  if (config.demoData) {
    await app.get(DemoService).load();
    await app.get(DemoRecordsService).load();
  }
  await listen(app, config);
  printWelcome(config, app);
}

async function prepareDatabase(config: AppConfig): Promise<string> {
  if (config.databaseUrl) {
    await assertDatabaseReachable(config.databaseUrl);
    return config.databaseUrl;
  }
  embedded = await startEmbeddedPostgres({ dataDir: config.embeddedDataDir, port: config.embeddedPort });
  await embedded.createDatabase('ladder');
  return embedded.url('ladder');
}

async function listen(nestApp: INestApplication, config: AppConfig): Promise<void> {
  try {
    await nestApp.listen(config.port, config.host);
  } catch (error) {
    if ((error as { code?: string }).code === 'EADDRINUSE') {
      throw new ConfigError('PORT', `port ${config.port} is already in use; set PORT to a free port`);
    }
    throw error;
  }
}

function printWelcome(config: AppConfig, nestApp: INestApplication): void {
  const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  const lines = [
    '',
    `Ladder is running at ${base}/`,
    `  API:      ${base}/api   (health: ${base}/api/health)`,
    `  API docs: ${base}/api/docs`,
    `  Database: ${config.databaseUrl ? 'DATABASE_URL' : `embedded PostgreSQL, data in ${config.embeddedDataDir}`}`,
  ];
  if (config.demoData) {
    const { password, people } = nestApp.get(DemoService).logins();
    lines.push('', `Demo logins (password for all: ${password}):`);
    for (const person of people)
      lines.push(`  ${person.email.padEnd(34)} ${person.roles.join(', ')} — ${person.jobTitle}`);
  }
  lines.push('', 'Press Ctrl-C to stop.', '');
  console.log(lines.join('\n'));
}

let stopping = false;
async function shutdown(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  try {
    await app?.close();
  } finally {
    await embedded?.stop();
    process.exit(exitCode);
  }
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

main().catch(async (error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Ladder cannot start: ${error.message}`);
  } else {
    console.error(`Ladder failed to start: ${error instanceof Error ? error.message : String(error)}`);
  }
  await shutdown(1);
});
