import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startTestDatabaseServer } from '../../api/test/test-database';

/** Builds the web app if its sources changed, and starts the test database server once. */
export default async function globalSetup(): Promise<void> {
  const root = join(__dirname, '..', '..', '..');
  execFileSync(
    process.execPath,
    ['-e', "import('./scripts/lib/web-build.mjs').then((m) => m.buildWebIfStale(process.cwd(), { quiet: true }))"],
    { cwd: root, stdio: 'inherit' },
  );
  await startTestDatabaseServer();
}
