import type { INestApplication } from '@nestjs/common';
import { createApp, storeReferenceData } from '../src/app.factory';
import { loadConfig, type AppConfig } from '../src/config/app-config';
import { testFactories, type Factories } from './factories';
import { createTestDatabase } from './test-database';

/**
 * The real Nest app (real ValidationPipe, guards, filters) on a fresh database of its own, with the
 * reference data stored as at start-up, and the factories that plant this file's people in it.
 */
export async function createTestApp(
  options: { demoMode?: boolean; trustProxy?: AppConfig['trustProxy'] } = {},
): Promise<{
  app: INestApplication;
  databaseUrl: string;
  factories: Factories;
}> {
  const databaseUrl = await createTestDatabase();
  const config: AppConfig = { ...loadConfig(process.env), logLevel: 'error' };
  // Specs that stand in for clients behind a proxy name their addresses in X-Forwarded-For from loopback.
  if (options.trustProxy !== undefined) config.trustProxy = options.trustProxy;
  const app = await createApp({ config, databaseUrl, demoMode: options.demoMode ?? false });
  await app.init();
  await storeReferenceData(app);
  return { app, databaseUrl, factories: testFactories(app, databaseUrl) };
}
