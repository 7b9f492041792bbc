import type { INestApplication } from '@nestjs/common';
import { DataSource, type QueryRunner } from 'typeorm';
import { createTestApp } from './test-app';

/**
 * The API logs in as a role that is no superuser, owns nothing and can switch to no role that
 * lifts row-level security or the immutability triggers — even a statement injected into one of
 * its connections stays inside them (issue 11, gap 5).
 */
describe('the API’s database login (real PostgreSQL)', () => {
  let app: INestApplication;
  let databaseUrl: string;
  let connection: QueryRunner;

  beforeAll(async () => {
    ({ app, databaseUrl } = await createTestApp());
    connection = app.get(DataSource).createQueryRunner();
    await connection.connect();
  });

  afterAll(async () => {
    await connection?.release();
    await app?.close();
  });

  it('logs in as ladder_api and works as ladder_app', async () => {
    expect(await connection.query(`SELECT session_user AS login, current_user AS role`)).toEqual([
      { login: 'ladder_api', role: 'ladder_app' },
    ]);
  });

  it('logs in as a role with no superuser, no BYPASSRLS, no CREATEROLE or CREATEDB, owning nothing', async () => {
    const [login] = await connection.query(
      `SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb, rolreplication,
              (SELECT count(*)::int FROM pg_class WHERE relowner = r.oid)
              + (SELECT count(*)::int FROM pg_proc WHERE proowner = r.oid)
              + (SELECT count(*)::int FROM pg_namespace WHERE nspowner = r.oid) AS owned
         FROM pg_roles r WHERE rolname = session_user`,
    );
    expect(login).toEqual({
      rolsuper: false,
      rolbypassrls: false,
      rolcreaterole: false,
      rolcreatedb: false,
      rolreplication: false,
      owned: 0,
    });
  });

  it('after SET ROLE NONE is still only ladder_api: no switch to the owner, no trigger disabled, no other organisation seen', async () => {
    const owner = decodeURIComponent(new URL(databaseUrl).username);
    await connection.query('RESET ROLE');
    expect(await connection.query('SELECT current_user AS role')).toEqual([{ role: 'ladder_app' }]);
    await connection.query('SET ROLE NONE');
    expect(await connection.query('SELECT current_user AS role')).toEqual([{ role: 'ladder_api' }]);
    await expect(connection.query(`SET ROLE "${owner}"`)).rejects.toThrow(/permission denied to set role/);
    await expect(connection.query('ALTER TABLE observations DISABLE TRIGGER ALL')).rejects.toThrow(
      /must be owner of table observations/,
    );
    await expect(connection.query('SET session_replication_role = replica')).rejects.toThrow(/permission denied/);
    // No organisation set: row-level security shows no organisation's people.
    expect(await connection.query('SELECT count(*)::int AS n FROM people WHERE organisation_id IS NOT NULL')).toEqual([
      { n: 0 },
    ]);
  });
});
