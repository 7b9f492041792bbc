import { Client } from 'pg';
import { ConfigError } from '../config/app-config';

/** Fails fast with one line naming DATABASE_URL when the server cannot be reached. */
export async function assertDatabaseReachable(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const { hostname, port, pathname } = new URL(url);
    const reason = (error as { code?: string }).code ?? (error instanceof Error ? error.message : 'unknown error');
    throw new ConfigError(
      'DATABASE_URL',
      `cannot connect to PostgreSQL at ${hostname}:${port || 5432}${pathname} (${reason})`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Whether `url` accepts a connection (with its credentials) within 5 seconds. */
export async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
