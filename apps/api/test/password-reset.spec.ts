import type { INestApplication } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { LAST_MAIL_TO_SQL, type OutboxRow } from '../src/mail/outbox-query';
import { PASSWORD_CONTAINS_EMAIL, PASSWORD_TOO_COMMON, PASSWORD_TOO_SHORT } from '../src/people/password-policy';
import { PASSWORD_RESET_LINK_INVALID, PASSWORD_RESET_REQUESTED } from '../src/password-reset/password-reset.service';
import { anonymousClient, signInAs } from './auth-helpers';
import { TEST_PASSWORD, type Factories, type TestPerson } from './factories';
import { createTestApp } from './test-app';
import { ownerQuery } from './test-database';

/** Sam's address is spelled out: the tests below ask for it in other cases, and a password may not contain its first part. */
const SAM_EMAIL = 'sam.link@example.org';
let SAM: TestPerson;
let ALEX: TestPerson;
let JO: TestPerson;
let CHRIS: TestPerson;
let SUPERVISOR_TWO: TestPerson;
let PLATFORM_ADMIN: TestPerson;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('password reset (real PostgreSQL)', () => {
  let app: INestApplication;
  let databaseUrl: string;
  let factories: Factories;

  const mailsTo = (email: string) =>
    ownerQuery<OutboxRow>(databaseUrl, `SELECT * FROM mail_outbox WHERE to_address = $1 ORDER BY id`, [email]);

  /** Asks for a reset link for `email` and returns the token from the mail. */
  async function requestLink(email: string): Promise<string> {
    // Many links for one address in this file; the request limit has its own test below.
    await ownerQuery(databaseUrl, `DELETE FROM auth_throttle`);
    await (await anonymousClient(app)).post('/api/auth/password-reset', { email }).expect(202);
    const [mail] = await ownerQuery<OutboxRow>(databaseUrl, LAST_MAIL_TO_SQL, [email]);
    return /\/password-reset\/([A-Za-z0-9_-]{43})$/.exec(mail.link)![1];
  }

  beforeAll(async () => {
    ({ app, databaseUrl, factories } = await createTestApp());
    const organisation = await factories.newOrganisation();
    SAM = await factories.newPerson(organisation, { roles: ['link_worker'], email: SAM_EMAIL });
    ALEX = await factories.newPerson(organisation, { roles: ['link_worker'] });
    JO = await factories.newPerson(organisation, { roles: ['link_worker'] });
    CHRIS = await factories.newPerson(organisation, { roles: ['link_worker'] });
    SUPERVISOR_TWO = await factories.newPerson(organisation, { roles: ['supervisor'] });
    // Without a second factor, so signing in with the new password alone answers 200, as it did before.
    PLATFORM_ADMIN = await factories.newPlatformAdmin({ secondFactor: false });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('answers an unknown and a known email identically, and emails only the known one', async () => {
    const visitor = await anonymousClient(app);
    const unknown = await visitor.post('/api/auth/password-reset', { email: 'nobody@demo.ladder.test' });
    const known = await visitor.post('/api/auth/password-reset', { email: ' Sam.Link@example.org ' });
    expect([unknown.status, known.status]).toEqual([202, 202]);
    expect(unknown.body).toEqual({ message: PASSWORD_RESET_REQUESTED });
    expect(known.body).toEqual(unknown.body);
    expect(await mailsTo('nobody@demo.ladder.test')).toHaveLength(0);

    const [mail] = await mailsTo(SAM.email);
    expect(mail).toMatchObject({ kind: 'password-reset', subject: 'Reset your Ladder password' });
    expect(mail.link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/password-reset\/[A-Za-z0-9_-]{43}$/);
    expect(mail.body_text).toContain(mail.link);
    const token = mail.link.split('/').pop()!;
    const [stored] = await ownerQuery<{ token_hash: string; expires_at: Date; created_at: Date }>(
      databaseUrl,
      `SELECT token_hash, expires_at, created_at FROM password_reset_tokens WHERE person_id = $1`,
      [SAM.id],
    );
    expect(stored.token_hash).toBe(sha256(token));
    const lifetimeMinutes = (stored.expires_at.getTime() - stored.created_at.getTime()) / 60_000;
    expect(lifetimeMinutes).toBeGreaterThan(59.9);
    expect(lifetimeMinutes).toBeLessThan(60.1);
  });

  it('sends no link to a deactivated account, with the same answer', async () => {
    await ownerQuery(databaseUrl, `UPDATE people SET active = false WHERE id = $1`, [CHRIS.id]);
    const response = await (
      await anonymousClient(app)
    )
      .post('/api/auth/password-reset', { email: CHRIS.email })
      .expect(202);
    expect(response.body).toEqual({ message: PASSWORD_RESET_REQUESTED });
    expect(await mailsTo(CHRIS.email)).toHaveLength(0);
    await ownerQuery(databaseUrl, `UPDATE people SET active = true WHERE id = $1`, [CHRIS.id]);
  });

  it('names the field when the email is malformed', async () => {
    const response = await (
      await anonymousClient(app)
    )
      .post('/api/auth/password-reset', { email: 'not-an-email' })
      .expect(400);
    expect(response.body.errors).toEqual(['email must be an email address']);
  });

  it('resets the password with the link, ends every old session, and the new password signs in', async () => {
    const oldSession = await factories.signedInClient(ALEX);
    await oldSession.get('/api/auth/me').expect(200);
    const token = await requestLink(ALEX.email);

    const visitor = await anonymousClient(app);
    expect((await visitor.get(`/api/auth/password-reset/${token}`).expect(200)).body).toEqual({ email: ALEX.email });
    await visitor.post(`/api/auth/password-reset/${token}`, { password: 'lantern quietly orchard 42' }).expect(204);

    expect(await ownerQuery(databaseUrl, `SELECT 1 FROM sessions WHERE person_id = $1`, [ALEX.id])).toHaveLength(0);
    await oldSession.get('/api/auth/me').expect(401);
    await expect(signInAs(app, ALEX.email, TEST_PASSWORD)).rejects.toThrow(/401/);
    await (await signInAs(app, ALEX.email, 'lantern quietly orchard 42')).get('/api/auth/me').expect(200);

    const audit = await ownerQuery(
      databaseUrl,
      `SELECT 1 FROM audit_log WHERE action = 'person.password-reset' AND outcome = 'allowed' AND actor_id = $1 AND target_id = $2`,
      [ALEX.id, ALEX.id],
    );
    expect(audit).toHaveLength(1);
  });

  it('makes the link single-use, and using one link spends the person’s other links too', async () => {
    const first = await requestLink(JO.email);
    const second = await requestLink(JO.email);
    expect(first).not.toBe(second);
    const visitor = await anonymousClient(app);
    await visitor.post(`/api/auth/password-reset/${second}`, { password: 'harbour ginger kettle 7' }).expect(204);

    const again = await visitor
      .post(`/api/auth/password-reset/${second}`, { password: 'another fine passphrase' })
      .expect(404);
    expect(again.body.message).toBe(PASSWORD_RESET_LINK_INVALID);
    await visitor.get(`/api/auth/password-reset/${second}`).expect(404);
    await visitor.post(`/api/auth/password-reset/${first}`, { password: 'another fine passphrase' }).expect(404);
    await signInAs(app, JO.email, 'harbour ginger kettle 7');
  });

  it('refuses an expired link with the same 404, and changes nothing', async () => {
    const token = await requestLink(SUPERVISOR_TWO.email);
    await ownerQuery(
      databaseUrl,
      `UPDATE password_reset_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1`,
      [sha256(token)],
    );
    const visitor = await anonymousClient(app);
    const page = await visitor.get(`/api/auth/password-reset/${token}`).expect(404);
    expect(page.body.message).toBe(PASSWORD_RESET_LINK_INVALID);
    await visitor.post(`/api/auth/password-reset/${token}`, { password: 'lantern quietly orchard 42' }).expect(404);
    await signInAs(app, SUPERVISOR_TWO.email, TEST_PASSWORD);
  });

  it('answers unknown and malformed links with the same 404', async () => {
    const visitor = await anonymousClient(app);
    const unknown = await visitor.get(`/api/auth/password-reset/${'B'.repeat(43)}`).expect(404);
    const malformed = await visitor.get('/api/auth/password-reset/nonsense').expect(404);
    expect(unknown.body).toEqual(malformed.body);
    const post = await visitor.post('/api/auth/password-reset/nonsense', { password: 'lantern quietly orchard 42' });
    expect(post.status).toBe(404);
  });

  it.each([
    ['too short', () => 'short one', PASSWORD_TOO_SHORT],
    ['common', () => 'LetMeIn123456', PASSWORD_TOO_COMMON],
    ['containing the email’s first part', () => 'my sam.link secret!', PASSWORD_CONTAINS_EMAIL],
  ])(
    'refuses a new password that is %s, naming the field, and keeps the link usable',
    async (_case, password, message) => {
      const token = await requestLink(SAM.email);
      const visitor = await anonymousClient(app);
      const response = await visitor.post(`/api/auth/password-reset/${token}`, { password: password() }).expect(400);
      expect(response.body.errors).toContain(message);
      await visitor.get(`/api/auth/password-reset/${token}`).expect(200);
      await signInAs(app, SAM.email, TEST_PASSWORD);
    },
  );

  it('works for a platform administrator, who belongs to no organisation', async () => {
    const token = await requestLink(PLATFORM_ADMIN.email);
    const [mail] = await ownerQuery<OutboxRow>(databaseUrl, LAST_MAIL_TO_SQL, [PLATFORM_ADMIN.email]);
    expect(mail.organisation_id).toBeNull();
    await (
      await anonymousClient(app)
    )
      .post(`/api/auth/password-reset/${token}`, { password: 'meadow copper violin 19' })
      .expect(204);
    const [stored] = await ownerQuery<{ password_hash: string }>(
      databaseUrl,
      `SELECT password_hash FROM people WHERE id = $1`,
      [PLATFORM_ADMIN.id],
    );
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
    const client = await anonymousClient(app);
    const signIn = await client.post('/api/auth/login', {
      email: PLATFORM_ADMIN.email,
      password: 'meadow copper violin 19',
    });
    expect(signIn.status).toBe(200);
  });

  it('needs the CSRF token, like every POST', async () => {
    const visitor = await anonymousClient(app);
    const response = await visitor.agent.post('/api/auth/password-reset').send({ email: SAM.email });
    expect(response.status).toBe(403);
  });
  it.each([
    ['a known', SAM_EMAIL],
    ['an unknown', 'nobody-here@demo.ladder.test'],
  ])('limits reset requests for %s address to 3 in 15 minutes, with the same 429 either way', async (_kind, email) => {
    await ownerQuery(databaseUrl, `DELETE FROM auth_throttle`);
    const client = await anonymousClient(app);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await client.post('/api/auth/password-reset', { email }).expect(202);
    }
    const throttled = await client.post('/api/auth/password-reset', { email }).expect(429);
    expect(throttled.body.message).toBe(
      'Too many password reset requests for this email address. Try again in 15 minutes.',
    );
  });
});
