import type { INestApplication } from '@nestjs/common';
import { SOMERSET_DEFAULT_POLICY } from '@ladder/dreyfus';
import type { ApiClient } from './auth-helpers';
import type { TestOrganisation } from './factories';
import { createTestApp } from './test-app';
import { ownerQuery } from './test-database';

/**
 * Naming another organisation's policy gets exactly the answer a policy that exists nowhere gets,
 * and, unlike that one, is written to the audit log as a denial (issue 11, gap 9).
 */
describe('another organisation’s policy named by key (real PostgreSQL)', () => {
  let app: INestApplication;
  let databaseUrl: string;
  let admin: ApiClient;
  let home: TestOrganisation;

  beforeAll(async () => {
    const testApp = await createTestApp();
    ({ app, databaseUrl } = testApp);
    const { factories } = testApp;
    home = await factories.newOrganisation();
    const elsewhere = await factories.newOrganisation();
    admin = await factories.signedInClient(await factories.newPerson(home, { roles: ['employer_admin'] }));
    const otherAdmin = await factories.signedInClient(
      await factories.newPerson(elsewhere, { roles: ['employer_admin'] }),
    );
    await otherAdmin
      .post('/api/policies', {
        ...JSON.parse(JSON.stringify(SOMERSET_DEFAULT_POLICY)),
        key: 'elsewhere-only',
        version: 1,
        title: 'Another organisation’s own policy',
      })
      .expect(201);
  });

  afterAll(async () => {
    await app?.close();
  });

  const denials = async () =>
    (
      await ownerQuery<{ n: number }>(
        databaseUrl,
        `SELECT count(*)::int AS n FROM audit_log WHERE outcome = 'denied' AND organisation_id = $1`,
        [home.id],
      )
    )[0].n;

  it.each([
    ['adopting it', (key: string) => admin.put('/api/organisation/policy', { key, version: 1 })],
    [
      'evaluating with it',
      (key: string) =>
        admin.post('/api/progression/evaluate', {
          asOf: '2026-01-01',
          evidence: [],
          inductionComplete: true,
          policy: { key, version: 1 },
        }),
    ],
  ])('%s: the same 404 as a policy that does not exist, and one denial in the audit log', async (_name, send) => {
    const before = await denials();
    const nowhere = await send('nowhere-at-all');
    expect(await denials()).toBe(before);
    const elsewhere = await send('elsewhere-only');
    expect(await denials()).toBe(before + 1);
    expect({ status: elsewhere.status, body: elsewhere.body }).toEqual({
      status: nowhere.status,
      body: { ...nowhere.body, message: nowhere.body.message.replace('nowhere-at-all', 'elsewhere-only') },
    });
    expect(nowhere.status).toBe(404);
  });
});
