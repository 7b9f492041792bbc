import { Client } from 'pg';

/**
 * Tables whose contents change on requests that are refused, so they cannot show
 * whether a refused request changed anything:
 *
 * - `audit_log`: every denial is written there on purpose (and checked separately).
 * - `sessions`: every signed-in request may touch the session's `last_seen_at`, and a
 *   sign-in replaces the caller's session; they hold no record a denial could change.
 * - `auth_throttle`: counts sign-in and second-factor attempts, failed ones included
 *   (a wrong password is a 401 that must be counted), and is purged as entries expire.
 *
 * Every other table in the schema is compared, including ones added later: a new
 * table is covered without anyone remembering to add it here.
 */
export const TABLES_THAT_CHANGE_ON_ANY_REQUEST = ['audit_log', 'sessions', 'auth_throttle'] as const;

export type Snapshot = Record<string, string>;

/**
 * Reads the whole database as its owner (bypassing row-level security, like
 * `ownerQuery`), over one connection kept for the file: the matrix takes two
 * snapshots per refused request, and a connection each would dominate its run time.
 */
export class DatabaseSnapshots {
  private constructor(
    private readonly client: Client,
    readonly tables: readonly string[],
    private readonly sql: string,
  ) {}

  static async open(databaseUrl: string): Promise<DatabaseSnapshots> {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const all = rows.map((row) => row.table_name);
    const missing = TABLES_THAT_CHANGE_ON_ANY_REQUEST.filter((table) => !all.includes(table));
    if (missing.length > 0) {
      throw new Error(`Excluded from the snapshot but not in the schema (renamed?): ${missing.join(', ')}`);
    }
    const tables = all.filter((table) => !(TABLES_THAT_CHANGE_ON_ANY_REQUEST as readonly string[]).includes(table));
    const sql = tables
      .map(
        (table) =>
          `SELECT ${quoteLiteral(table)} AS table_name, ` +
          `(SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM public.${quoteIdent(table)} t) AS digest`,
      )
      .join('\nUNION ALL\n');
    return new DatabaseSnapshots(client, tables, sql);
  }

  /** One digest per compared table, in one round trip. */
  async take(): Promise<Snapshot> {
    const { rows } = await this.client.query<{ table_name: string; digest: string }>(this.sql);
    return Object.fromEntries(rows.map((row) => [row.table_name, row.digest]));
  }

  /** The highest audit_log id so far (0 when empty). */
  async lastAuditId(): Promise<number> {
    const { rows } = await this.client.query<{ id: string | null }>(`SELECT max(id)::text AS id FROM audit_log`);
    return Number(rows[0]?.id ?? 0);
  }

  /** audit_log rows written after `afterId`. */
  async auditSince(afterId: number): Promise<AuditRow[]> {
    const { rows } = await this.client.query<AuditRow>(
      `SELECT actor_id, organisation_id, action, outcome, target_type, target_id, detail
         FROM audit_log WHERE id > $1 ORDER BY id`,
      [afterId],
    );
    return rows;
  }

  async query<T extends object>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.client.query<T>(sql, params)).rows;
  }

  close(): Promise<void> {
    return this.client.end();
  }
}

export interface AuditRow {
  actor_id: string | null;
  organisation_id: string | null;
  action: string;
  outcome: 'allowed' | 'denied';
  target_type: string;
  target_id: string | null;
  detail: Record<string, unknown>;
}

/** The tables whose digest differs. */
export function changedTables(before: Snapshot, after: Snapshot): string[] {
  return Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table]);
}

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const quoteLiteral = (value: string): string => `'${value.replace(/'/g, "''")}'`;
