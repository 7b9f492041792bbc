import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * The only code that touches `auth_throttle`. It runs on the pool, outside the
 * request's transaction, so a counted failure stays counted when the request
 * that failed is rolled back.
 */
@Injectable()
export class ThrottleRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Counts one attempt, atomically, unless the key's window is already full.
   * Null when counted; otherwise the seconds until the window ends. The row
   * lock taken by ON CONFLICT makes parallel attempts queue, so a burst cannot
   * slip more than `limit` attempts through.
   */
  async reserve(key: string, limit: number, windowSeconds: number): Promise<number | null> {
    const counted: unknown[] = await this.dataSource.query(
      `INSERT INTO auth_throttle AS t (key, attempts, window_started_at) VALUES ($1, 1, now())
       ON CONFLICT (key) DO UPDATE SET
         attempts = CASE WHEN t.window_started_at <= now() - make_interval(secs => $3) THEN 1 ELSE t.attempts + 1 END,
         window_started_at = CASE WHEN t.window_started_at <= now() - make_interval(secs => $3) THEN now() ELSE t.window_started_at END
       WHERE t.window_started_at <= now() - make_interval(secs => $3) OR t.attempts < $2
       RETURNING attempts`,
      [key, limit, windowSeconds],
    );
    if (counted.length > 0) return null;
    const rows: { seconds: number }[] = await this.dataSource.query(
      `SELECT greatest(1, ceil(extract(epoch FROM window_started_at + make_interval(secs => $2) - now())))::int AS seconds
       FROM auth_throttle WHERE key = $1`,
      [key, windowSeconds],
    );
    return rows[0]?.seconds ?? windowSeconds;
  }

  /** Counts one attempt, atomically, with no limit; returns the attempts in the key's window so far. */
  async count(key: string, windowSeconds: number): Promise<number> {
    const [row] = (await this.dataSource.query(
      `INSERT INTO auth_throttle AS t (key, attempts, window_started_at) VALUES ($1, 1, now())
       ON CONFLICT (key) DO UPDATE SET
         attempts = CASE WHEN t.window_started_at <= now() - make_interval(secs => $2) THEN 1 ELSE t.attempts + 1 END,
         window_started_at = CASE WHEN t.window_started_at <= now() - make_interval(secs => $2) THEN now() ELSE t.window_started_at END
       RETURNING attempts`,
      [key, windowSeconds],
    )) as { attempts: number }[];
    return row.attempts;
  }

  /** Hands back an attempt that turned out not to be a failure. */
  async release(key: string): Promise<void> {
    await this.dataSource.query(`UPDATE auth_throttle SET attempts = greatest(attempts - 1, 0) WHERE key = $1`, [key]);
  }

  async clear(key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM auth_throttle WHERE key = $1`, [key]);
  }

  async deleteWindowsOlderThan(seconds: number): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM auth_throttle WHERE window_started_at < now() - make_interval(secs => $1)`,
      [seconds],
    );
  }
}
