import type { INestApplication } from '@nestjs/common';
import type { ApiClient } from './auth-helpers';
import { createTestApp } from './test-app';
import { ownerQuery } from './test-database';

/** An invitation sent again unchanged is answered with the one pending, mailed once (issue 11, gap 4). */
describe('sending the same invitation again (real PostgreSQL)', () => {
  let app: INestApplication;
  let databaseUrl: string;
  let admin: ApiClient;

  beforeAll(async () => {
    const testApp = await createTestApp();
    ({ app, databaseUrl } = testApp);
    const { factories } = testApp;
    const organisation = await factories.newOrganisation();
    admin = await factories.signedInClient(await factories.newPerson(organisation, { roles: ['employer_admin'] }));
  });

  afterAll(async () => {
    await app?.close();
  });

  const invite = (overrides: object = {}) =>
    admin.post('/api/invitations', {
      email: 'rowan.new@example.org',
      fullName: 'Rowan New',
      roles: ['link_worker'],
      ...overrides,
    });
  const stored = async () => ({
    invitations: (
      await ownerQuery<{ n: number }>(
        databaseUrl,
        `SELECT count(*)::int AS n FROM invitations WHERE email = 'rowan.new@example.org'`,
      )
    )[0].n,
    mails: (
      await ownerQuery<{ n: number }>(
        databaseUrl,
        `SELECT count(*)::int AS n FROM mail_outbox WHERE to_address = 'rowan.new@example.org'`,
      )
    )[0].n,
  });

  it('answers a double click with the one invitation, mailed once; a different one for that address is a 409', async () => {
    const [first, second] = await Promise.all([invite(), invite()]);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.id).toBe(first.body.id);
    expect(await stored()).toEqual({ invitations: 1, mails: 1 });
    await invite({ roles: ['supervisor'] }).expect(409);
    expect(await stored()).toEqual({ invitations: 1, mails: 1 });
  });
});
