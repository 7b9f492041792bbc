import { hashTestPasswordOnce } from './test-password';
import { startTestDatabaseServer } from './test-database';

export default async function globalSetup(): Promise<void> {
  await Promise.all([startTestDatabaseServer(), hashTestPasswordOnce()]);
}
