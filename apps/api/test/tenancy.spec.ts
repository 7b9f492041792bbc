import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TenantContext } from '../src/database/tenant-context';
import type { TestOrganisation } from './factories';
import { createTestApp } from './test-app';
import { ownerQuery } from './test-database';
import { insertOrganisation, insertPerson } from './fixtures';

const OTHER_ORGANISATION = '11111111-2222-4333-8444-555555555555';
const OTHER_PERSON = '11111111-2222-4333-8444-666666666666';

/**
 * Defence in depth: even a query that forgets its own organisation filter
 * sees only the caller's organisation, because PostgreSQL's row-level
 * security applies to the role the API queries as.
 */
describe('row-level security and the audit log (real PostgreSQL)', () => {
  let app: INestApplication;
  let databaseUrl: string;
  let tenant: TenantContext;
  let dataSource: DataSource;
  let ORGANISATION: TestOrganisation;

  beforeAll(async () => {
    const testApp = await createTestApp();
    ({ app, databaseUrl } = testApp);
    ORGANISATION = await testApp.factories.newOrganisation();
    await testApp.factories.newPerson(ORGANISATION, { roles: ['link_worker'] });
    await testApp.factories.newPerson(ORGANISATION, { roles: ['supervisor'] });
    tenant = app.get(TenantContext);
    dataSource = app.get(DataSource);
    await insertOrganisation(databaseUrl, OTHER_ORGANISATION);
    await insertPerson(databaseUrl, {
      id: OTHER_PERSON,
      organisationId: OTHER_ORGANISATION,
      email: 'other@other.test',
      fullName: 'Other Person',
      roles: ['link_worker'],
    });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('queries as a role that is neither superuser nor able to bypass row-level security', async () => {
    const [role] = await dataSource.query(
      `SELECT current_user AS name, rolsuper AS super, rolbypassrls AS bypass FROM pg_roles WHERE rolname = current_user`,
    );
    expect(role).toEqual({ name: 'ladder_app', super: false, bypass: false });
  });

  it('a raw query with no organisation filter, inside organisation A, sees none of organisation B', async () => {
    const rows: { organisation_id: string }[] = await tenant.run(
      { organisationId: ORGANISATION.id, platformAdmin: false },
      () => tenant.manager().query(`SELECT organisation_id FROM people`),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.organisation_id))).toEqual(new Set([ORGANISATION.id]));

    const byId = await tenant.run({ organisationId: ORGANISATION.id, platformAdmin: false }, () =>
      tenant.manager().query(`SELECT * FROM people WHERE id = $1`, [OTHER_PERSON]),
    );
    expect(byId).toEqual([]);
    const organisations: { id: string }[] = await tenant.run(
      { organisationId: ORGANISATION.id, platformAdmin: false },
      () => tenant.manager().query(`SELECT id FROM organisations`),
    );
    expect(organisations.map((row) => row.id)).toEqual([ORGANISATION.id]);
  });

  it('cannot write a row into another organisation, even by raw SQL', async () => {
    await expect(
      tenant.run({ organisationId: ORGANISATION.id, platformAdmin: false }, () =>
        tenant
          .manager()
          .query(
            `INSERT INTO people (organisation_id, email, full_name) VALUES ($1, 'planted@other.test', 'Planted')`,
            [OTHER_ORGANISATION],
          ),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      tenant.run({ organisationId: ORGANISATION.id, platformAdmin: false }, () =>
        tenant.manager().query(`UPDATE people SET full_name = 'Changed' WHERE id = $1 RETURNING id`, [OTHER_PERSON]),
      ),
    ).resolves.toEqual([[], 0]);
    const [other] = await ownerQuery<{ full_name: string }>(databaseUrl, `SELECT full_name FROM people WHERE id = $1`, [
      OTHER_PERSON,
    ]);
    expect(other.full_name).toBe('Other Person');
  });

  it('sees no organisation at all outside a tenant transaction, and the setting never leaks into the pool', async () => {
    await tenant.run({ organisationId: ORGANISATION.id, platformAdmin: false }, async () => undefined);
    const rows = await dataSource.query(`SELECT id FROM people`);
    expect(rows).toEqual([]);
    const [setting] = await dataSource.query(`SELECT current_setting('app.organisation_id', true) AS value`);
    expect(setting.value ?? '').toBe('');
  });

  it('lets the API role append to the audit log but never change or delete it', async () => {
    await tenant.run({ organisationId: ORGANISATION.id, platformAdmin: false }, () =>
      tenant
        .manager()
        .query(
          `INSERT INTO audit_log (organisation_id, action, target_type, outcome) VALUES ($1, 'test', 'test', 'allowed')`,
          [ORGANISATION.id],
        ),
    );
    const inOrg = (sql: string) =>
      tenant.run({ organisationId: ORGANISATION.id, platformAdmin: false }, () => tenant.manager().query(sql));
    await expect(inOrg(`UPDATE audit_log SET outcome = 'denied'`)).rejects.toThrow(/permission denied/);
    await expect(inOrg(`DELETE FROM audit_log`)).rejects.toThrow(/permission denied/);
    await expect(inOrg(`TRUNCATE audit_log`)).rejects.toThrow(/permission denied/);
    // Not even the schema owner can rewrite history.
    await expect(ownerQuery(databaseUrl, `UPDATE audit_log SET outcome = 'denied'`)).rejects.toThrow(/append-only/);
    const rows = await ownerQuery(databaseUrl, `SELECT 1 FROM audit_log WHERE action = 'test' AND outcome = 'allowed'`);
    expect(rows).toHaveLength(1);
  });
});
