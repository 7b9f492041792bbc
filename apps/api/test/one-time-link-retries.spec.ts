import type { INestApplication } from '@nestjs/common';
import { LAST_MAIL_TO_SQL, type OutboxRow } from '../src/mail/outbox-query';
import { anonymousClient, type ApiClient } from './auth-helpers';
import { createTestApp } from './test-app';
import { ownerQuery } from './test-database';

const PASSWORD = 'lantern quietly orchard 42';

/**
 * A repeat of a request that used a one-time link (a double click on "Create account" or "Change
 * password", a retry after a lost answer) gets the answer the first got, not "link invalid" —
 * but only when it carries the same password (issue 11, gap 4).
 */
describe('repeats of one-time link requests (real PostgreSQL)', () => {
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

  const linkTokenTo = async (email: string, path: string) => {
    const [mail] = await ownerQuery<OutboxRow>(databaseUrl, LAST_MAIL_TO_SQL, [email]);
    return new RegExp(`/${path}/([A-Za-z0-9_-]{43})$`).exec(mail.link)![1];
  };

  it('answers a double click on accepting an invitation with the same answer, and a different password with 404', async () => {
    await admin
      .post('/api/invitations', { email: 'ash.new@example.org', fullName: 'Ash New', roles: ['link_worker'] })
      .expect(201);
    const token = await linkTokenTo('ash.new@example.org', 'invitations');
    const [first, second] = await Promise.all([anonymousClient(app), anonymousClient(app)]);
    const answers = await Promise.all([
      first.post(`/api/invitations/${token}/accept`, { password: PASSWORD }),
      second.post(`/api/invitations/${token}/accept`, { password: PASSWORD }),
    ]);
    expect(answers.map((answer) => [answer.status, answer.body])).toEqual([
      [201, { email: 'ash.new@example.org' }],
      [201, { email: 'ash.new@example.org' }],
    ]);
    await first.post(`/api/invitations/${token}/accept`, { password: 'another quiet orchard 43' }).expect(404);
    expect(await ownerQuery(databaseUrl, `SELECT 1 FROM people WHERE email = 'ash.new@example.org'`)).toHaveLength(1);
  });

  it('answers a repeated password change through a reset link with 204, and a different password with 404', async () => {
    const visitor = await anonymousClient(app);
    await visitor.post('/api/auth/password-reset', { email: 'ash.new@example.org' }).expect(202);
    const token = await linkTokenTo('ash.new@example.org', 'password-reset');
    const newPassword = 'meadow softly ember 77';
    await visitor.post(`/api/auth/password-reset/${token}`, { password: newPassword }).expect(204);
    await visitor.post(`/api/auth/password-reset/${token}`, { password: newPassword }).expect(204);
    await visitor.post(`/api/auth/password-reset/${token}`, { password: 'another quiet orchard 43' }).expect(404);
  });
});
