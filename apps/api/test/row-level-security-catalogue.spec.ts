import { createTestDatabase, ownerQuery } from './test-database';

/**
 * Every table with an `organisation_id` is under row-level security with at least one policy, read
 * from PostgreSQL's own catalogue, so a new table cannot be forgotten (issue 11, gap 6).
 */
describe('row-level security on every organisation-scoped table (catalogue)', () => {
  it('has row-level security and a policy on each table that has an organisation_id', async () => {
    const databaseUrl = await createTestDatabase();
    const tables = await ownerQuery<{ table: string; rls: boolean; policies: number }>(
      databaseUrl,
      `SELECT c.relname AS table, c.relrowsecurity AS rls,
              (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
         FROM pg_class c
         JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
        WHERE c.relkind IN ('r', 'p')
          AND EXISTS (SELECT 1 FROM pg_attribute a
                       WHERE a.attrelid = c.oid AND a.attname = 'organisation_id' AND NOT a.attisdropped)
        ORDER BY c.relname`,
    );
    expect(tables.length).toBeGreaterThan(5);
    expect(tables.filter((table) => !table.rls || table.policies === 0).map((table) => table.table)).toEqual([]);
  });

  it('gives the API role no direct access to sessions: only the narrow functions', async () => {
    const databaseUrl = await createTestDatabase();
    for (const statement of [
      'SELECT count(*) FROM sessions',
      "UPDATE sessions SET expires_at = now() + interval '1 year'",
      'DELETE FROM sessions',
    ]) {
      await expect(ownerQuery(databaseUrl, `SET ROLE ladder_app; ${statement}`)).rejects.toThrow(
        /permission denied for table sessions/,
      );
    }
  });
});
