import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { Client } from 'pg';
import { runMigrations } from './migrate';

/**
 * Ladder's backup: every row of every table, read in one REPEATABLE READ snapshot (so the backup
 * is one consistent moment: everything committed before it started, nothing after), with the
 * sequences and the migrations the schema was at, written as gzipped JSON lines. A restore
 * migrates an empty database to the same migrations and loads the rows as the owner, with the
 * tables' own triggers held off while it does (the immutability triggers would refuse to insert a
 * signed-off observation, which they exist to protect once stored).
 *
 * Why not pg_dump: Ladder's embedded PostgreSQL is version 18 and ships no pg_dump, and no
 * pg_dump of that version is to be had from the package registries Ladder installs from.
 */
interface Header {
  format: 'ladder-backup';
  formatVersion: 1;
  createdAt: string;
  migrations: string[];
  tables: string[];
  sequences: Record<string, { lastValue: string; isCalled: boolean }>;
}

const BATCH = 500;
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Public tables, each after the tables its foreign keys point at (so rows load in an order they accept). */
async function tablesInLoadOrder(client: Client): Promise<string[]> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY relname`,
  );
  const { rows: references } = await client.query<{ child: string; parent: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
       FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
  );
  const strip = (name: string) => name.replace(/^"|"$/g, '');
  const order: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (order.includes(table) || path.has(table)) return;
    path.add(table);
    for (const { child, parent } of references) {
      if (strip(child) === table && strip(parent) !== table) visit(strip(parent), path);
    }
    order.push(table);
  };
  for (const { name } of tables) visit(name, new Set());
  return order;
}

/** Writes a backup of the database at `url` (as its owner) to `file`; returns the rows written per table. */
export async function backupDatabase(url: string, file: string): Promise<Record<string, number>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const out = createGzip();
  const written = out.pipe(createWriteStream(file));
  const write = async (value: unknown) => {
    if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, 'drain');
  };
  const counts: Record<string, number> = {};
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await tablesInLoadOrder(client);
    const { rows: migrations } = await client.query<{ name: string }>(`SELECT name FROM migrations ORDER BY id`);
    const { rows: sequences } = await client.query<{ name: string }>(
      `SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'S' ORDER BY 1`,
    );
    const header: Header = {
      format: 'ladder-backup',
      formatVersion: 1,
      createdAt: new Date().toISOString(),
      migrations: migrations.map((m) => m.name),
      tables,
      sequences: {},
    };
    for (const { name } of sequences) {
      const { rows } = await client.query<{ last_value: string; is_called: boolean }>(
        `SELECT last_value::text, is_called FROM ${quote(name)}`,
      );
      header.sequences[name] = { lastValue: rows[0].last_value, isCalled: rows[0].is_called };
    }
    await write(header);
    for (const table of tables) {
      counts[table] = 0;
      await client.query(`DECLARE rows_of CURSOR FOR SELECT row_to_json(t) AS row FROM ${quote(table)} t`);
      for (;;) {
        const { rows } = await client.query<{ row: unknown }>(`FETCH ${BATCH} FROM rows_of`);
        if (rows.length === 0) break;
        await write({ table, rows: rows.map((r) => r.row) });
        counts[table] += rows.length;
      }
      await client.query('CLOSE rows_of');
    }
    await client.query('COMMIT');
  } finally {
    out.end();
    await once(written, 'finish');
    await client.end();
  }
  return counts;
}

/**
 * Restores `file` into the database at `url` (as its owner), which must have no Ladder tables
 * yet: migrates it to the backup's migrations, loads every row in one transaction, and sets the
 * sequences. Refuses a backup made at other migrations than this Ladder has.
 */
export async function restoreDatabase(url: string, file: string): Promise<Record<string, number>> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = (first.done ? null : JSON.parse(first.value)) as Header | null;
  if (header?.format !== 'ladder-backup' || header.formatVersion !== 1) {
    throw new Error(`${file} is not a Ladder backup`);
  }

  const client = new Client({ connectionString: url });
  await client.connect();
  const counts: Record<string, number> = {};
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'`,
    );
    if (rows[0].n > 0) throw new Error('The database to restore into must be empty: it already has tables');
    const applied = await runMigrations(url);
    if (JSON.stringify(applied) !== JSON.stringify(header.migrations)) {
      throw new Error(
        `The backup was made at migrations ${header.migrations.join(', ')}; this Ladder has ${applied.join(', ')}. Restore it with the Ladder version that made it.`,
      );
    }
    await client.query('BEGIN');
    // The migrations table was just written by the migrations themselves, as in the backup.
    const tables = header.tables.filter((table) => table !== 'migrations');
    for (const table of tables) await client.query(`ALTER TABLE ${quote(table)} DISABLE TRIGGER USER`);
    for await (const line of { [Symbol.asyncIterator]: () => iterator }) {
      const chunk = JSON.parse(line) as { table: string; rows: unknown[] };
      if (chunk.table === 'migrations') continue;
      await client.query(
        `INSERT INTO ${quote(chunk.table)} SELECT * FROM json_populate_recordset(NULL::${quote(chunk.table)}, $1::json)`,
        [JSON.stringify(chunk.rows)],
      );
      counts[chunk.table] = (counts[chunk.table] ?? 0) + chunk.rows.length;
    }
    for (const table of tables) await client.query(`ALTER TABLE ${quote(table)} ENABLE TRIGGER USER`);
    for (const [name, { lastValue, isCalled }] of Object.entries(header.sequences)) {
      await client.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [quote(name), lastValue, isCalled]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  return counts;
}
