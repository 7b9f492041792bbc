import type { INestApplication } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { EMAIL_IN_USE, INVITATION_LINK_INVALID } from '../src/invitations/invitation.service';
import { LAST_MAIL_TO_SQL, type OutboxRow } from '../src/mail/outbox-query';
import {
  PASSWORD_CONTAINS_EMAIL,
  PASSWORD_TOO_COMMON,
  PASSWORD_TOO_LONG,
  PASSWORD_TOO_SHORT,
} from '../src/people/password-policy';
import { anonymousClient, type ApiClient, signInAs } from './auth-helpers';
import type { Factories, TestOrganisation, TestPerson } from './factories';
import { createTestApp } from './test-app';
import { ownerQuery } from './test-database';
import { insertOrganisation } from './fixtures';

/** Fixed, because a table below names it before beforeAll runs. */
const ORGANISATION_ID = '33333333-4444-4555-8666-111111111111';
const OTHER_ORGANISATION = '33333333-4444-4555-8666-777777777777';
const STRONG_PASSWORD = 'orbit velvet cabbage tram';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('invitations (real PostgreSQL)', () => {
  let app: INestApplication;
  let databaseUrl: string;
  let admin: ApiClient;
  let factories: Factories;
  let ORGANISATION: TestOrganisation;
  let ADMIN: TestPerson;
  let WORKER: TestPerson;
  let SUPERVISOR: TestPerson;
  let counter = 0;

  /** Invites a fresh address; returns the response body and the token from the emailed link. */
  async function invite(fields: Record<string, unknown> = {}) {
    counter += 1;
    const email = `new.person${counter}@example.org`;
    const response = await admin
      .post('/api/invitations', { email, fullName: `New Person ${counter}`, roles: ['link_worker'], ...fields })
      .expect(201);
    const [mail] = await ownerQuery<OutboxRow>(databaseUrl, LAST_MAIL_TO_SQL, [response.body.email]);
    const token = /\/invitations\/([A-Za-z0-9_-]{43})$/.exec(mail.link)![1];
    return { body: response.body as { id: string; email: string }, token, mail };
  }

  beforeAll(async () => {
    ({ app, databaseUrl, factories } = await createTestApp());
    ORGANISATION = await factories.newOrganisation({ id: ORGANISATION_ID, name: 'Mendip Primary Care Network' });
    ADMIN = await factories.newPerson(ORGANISATION, { roles: ['employer_admin'] });
    WORKER = await factories.newPerson(ORGANISATION, { roles: ['link_worker'] });
    SUPERVISOR = await factories.newPerson(ORGANISATION, { roles: ['supervisor'] });
    admin = await factories.signedInClient(ADMIN);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('invites, emails a one-time link, and lets the person accept it and sign in', async () => {
    const before = Date.now();
    const response = await admin
      .post('/api/invitations', {
        email: '  Rowan.Ellis@Example.org ',
        fullName: 'Rowan Ellis',
        jobTitle: 'Health and Wellbeing Coach',
        roles: ['link_worker', 'supervisor'],
        supervisionTypes: ['group'],
      })
      .expect(201);
    expect(Object.keys(response.body).sort()).toEqual(['email', 'expiresAt', 'fullName', 'id', 'roles']);
    expect(response.body).toMatchObject({
      email: 'rowan.ellis@example.org',
      fullName: 'Rowan Ellis',
      roles: ['link_worker', 'supervisor'],
    });
    const lifetimeDays = (Date.parse(response.body.expiresAt) - before) / 86_400_000;
    expect(lifetimeDays).toBeGreaterThan(6.99);
    expect(lifetimeDays).toBeLessThanOrEqual(7.01);

    const [mail] = await ownerQuery<OutboxRow>(databaseUrl, LAST_MAIL_TO_SQL, ['rowan.ellis@example.org']);
    expect(mail).toMatchObject({ kind: 'invitation', organisation_id: ORGANISATION.id });
    expect(mail.link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/invitations\/[A-Za-z0-9_-]{43}$/);
    expect(mail.body_text).toContain(mail.link);
    expect(mail.body_text).toContain(ORGANISATION.name);
    const token = mail.link.split('/').pop()!;
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);

    // Only the SHA-256 of the token is stored with the invitation.
    const [stored] = await ownerQuery<Record<string, unknown>>(databaseUrl, `SELECT * FROM invitations WHERE id = $1`, [
      response.body.id,
    ]);
    expect(stored.token_hash).toBe(sha256(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const visitor = await anonymousClient(app);
    const page = await visitor.get(`/api/invitations/${token}`).expect(200);
    expect(page.body).toEqual({
      email: 'rowan.ellis@example.org',
      fullName: 'Rowan Ellis',
      organisationName: ORGANISATION.name,
      expiresAt: response.body.expiresAt,
    });

    const accepted = await visitor.post(`/api/invitations/${token}/accept`, { password: STRONG_PASSWORD }).expect(201);
    expect(accepted.body).toEqual({ email: 'rowan.ellis@example.org' });

    const rowan = await signInAs(app, 'ROWAN.ELLIS@example.org', STRONG_PASSWORD);
    const me = await rowan.get('/api/auth/me').expect(200);
    expect(me.body).toMatchObject({
      email: 'rowan.ellis@example.org',
      fullName: 'Rowan Ellis',
      jobTitle: 'Health and Wellbeing Coach',
      organisation: { id: ORGANISATION.id },
      roles: ['link_worker', 'supervisor'],
    });
    const person = (await admin.get(`/api/people/${me.body.personId}`).expect(200)).body;
    expect(person).toMatchObject({ supervisionTypes: ['group'], active: true });

    const audit = await ownerQuery<{ action: string; actor_id: string }>(
      databaseUrl,
      `SELECT action, actor_id FROM audit_log WHERE outcome = 'allowed' AND (target_id = $1 OR target_id = $2) ORDER BY id`,
      [response.body.id, me.body.personId],
    );
    expect(audit).toEqual([
      { action: 'invitation.create', actor_id: ADMIN.id },
      { action: 'person.create', actor_id: me.body.personId },
      { action: 'invitation.accept', actor_id: me.body.personId },
    ]);
  });

  it('lists pending invitations for employer admins only, and no longer lists accepted or expired ones', async () => {
    const pending = await invite();
    const accepted = await invite();
    const expired = await invite();
    await (
      await anonymousClient(app)
    )
      .post(`/api/invitations/${accepted.token}/accept`, { password: STRONG_PASSWORD })
      .expect(201);
    await ownerQuery(databaseUrl, `UPDATE invitations SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      expired.body.id,
    ]);
    const listed = (await admin.get('/api/invitations').expect(200)).body as { id: string }[];
    const ids = listed.map((row) => row.id);
    expect(ids).toContain(pending.body.id);
    expect(ids).not.toContain(accepted.body.id);
    expect(ids).not.toContain(expired.body.id);
    expect(listed.find((row) => row.id === pending.body.id)).toEqual(pending.body);

    const worker = await factories.signedInClient(WORKER);
    await worker.get('/api/invitations').expect(403);
    await worker
      .post('/api/invitations', { email: 'x@example.org', fullName: 'X', roles: ['link_worker'] })
      .expect(403);
    await (await factories.signedInClient(SUPERVISOR)).get('/api/invitations').expect(403);
  });

  it('never shows one organisation another’s invitations', async () => {
    await insertOrganisation(databaseUrl, OTHER_ORGANISATION);
    const [inviter] = await ownerQuery<{ id: string }>(
      databaseUrl,
      `INSERT INTO people (organisation_id, email, full_name, roles) VALUES ($1, 'boss@other.test', 'Other Boss', '{employer_admin}') RETURNING id`,
      [OTHER_ORGANISATION],
    );
    const [other] = await ownerQuery<{ id: string }>(
      databaseUrl,
      `INSERT INTO invitations (organisation_id, email, full_name, roles, token_hash, expires_at, invited_by)
       VALUES ($1, 'invitee@other.test', 'Other Invitee', '{link_worker}', $2, now() + interval '1 day', $3) RETURNING id`,
      [OTHER_ORGANISATION, sha256('other'), inviter.id],
    );
    const listed = (await admin.get('/api/invitations').expect(200)).body as { id: string }[];
    expect(listed.map((row) => row.id)).not.toContain(other.id);
  });

  it('makes the link single-use: a second accept is a 404 and creates nobody', async () => {
    const { body, token } = await invite();
    const visitor = await anonymousClient(app);
    await visitor.post(`/api/invitations/${token}/accept`, { password: STRONG_PASSWORD }).expect(201);
    const again = await visitor
      .post(`/api/invitations/${token}/accept`, { password: 'another strong passphrase' })
      .expect(404);
    expect(again.body.message).toBe(INVITATION_LINK_INVALID);
    await visitor.get(`/api/invitations/${token}`).expect(404);
    const people = await ownerQuery(databaseUrl, `SELECT 1 FROM people WHERE email = $1`, [body.email]);
    expect(people).toHaveLength(1);
    // The first password stands.
    await signInAs(app, body.email, STRONG_PASSWORD);
  });

  it('refuses an expired link with the same 404', async () => {
    const { body, token } = await invite();
    await ownerQuery(databaseUrl, `UPDATE invitations SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      body.id,
    ]);
    const visitor = await anonymousClient(app);
    const page = await visitor.get(`/api/invitations/${token}`).expect(404);
    expect(page.body.message).toBe(INVITATION_LINK_INVALID);
    const accept = await visitor.post(`/api/invitations/${token}/accept`, { password: STRONG_PASSWORD }).expect(404);
    expect(accept.body.message).toBe(INVITATION_LINK_INVALID);
    expect(await ownerQuery(databaseUrl, `SELECT 1 FROM people WHERE email = $1`, [body.email])).toHaveLength(0);
  });

  it('answers unknown and malformed links with the same 404', async () => {
    const visitor = await anonymousClient(app);
    const unknown = await visitor.get(`/api/invitations/${'A'.repeat(43)}`).expect(404);
    const malformed = await visitor.get('/api/invitations/nonsense').expect(404);
    expect(unknown.body).toEqual(malformed.body);
    expect(unknown.body.message).toBe(INVITATION_LINK_INVALID);
  });

  it('creates exactly one person when the same link is accepted twice at once', async () => {
    const { body, token } = await invite();
    const [first, second] = await Promise.all([anonymousClient(app), anonymousClient(app)]);
    const responses = await Promise.all([
      first.post(`/api/invitations/${token}/accept`, { password: STRONG_PASSWORD }),
      second.post(`/api/invitations/${token}/accept`, { password: 'another strong passphrase' }),
    ]);
    expect(responses.map((response) => response.status).sort()).toEqual([201, 404]);
    const people = await ownerQuery(databaseUrl, `SELECT 1 FROM people WHERE email = $1`, [body.email]);
    expect(people).toHaveLength(1);
    const [invitation] = await ownerQuery<{ person_id: string | null; accepted_at: Date | null }>(
      databaseUrl,
      `SELECT person_id, accepted_at FROM invitations WHERE id = $1`,
      [body.id],
    );
    expect(invitation.person_id).not.toBeNull();
    expect(invitation.accepted_at).not.toBeNull();
  });

  it.each([
    ['too short', () => 'short pass', PASSWORD_TOO_SHORT],
    ['too long', () => 'x'.repeat(257), PASSWORD_TOO_LONG],
    ['common, in any case', () => 'Password1234', PASSWORD_TOO_COMMON],
    ['a keyboard walk', () => 'QWERTYUIOP123', PASSWORD_TOO_COMMON],
    [
      'containing the email’s first part',
      (localPart: string) => `my ${localPart.toUpperCase()} secret`,
      PASSWORD_CONTAINS_EMAIL,
    ],
    ['missing', () => undefined, PASSWORD_TOO_SHORT],
  ])(
    'refuses a password that is %s, naming the field, and leaves the link usable',
    async (_case, password, message) => {
      const { body, token } = await invite();
      const chosen = password(body.email.split('@')[0]);
      const visitor = await anonymousClient(app);
      const response = await visitor
        .post(`/api/invitations/${token}/accept`, chosen === undefined ? {} : { password: chosen })
        .expect(400);
      expect(response.body.errors).toContain(message);
      await visitor.get(`/api/invitations/${token}`).expect(200);
      expect(await ownerQuery(databaseUrl, `SELECT 1 FROM people WHERE email = $1`, [body.email])).toHaveLength(0);
    },
  );

  it('refuses with 409 an email that already has an account or a pending invitation, whatever its case', async () => {
    const existing = await admin.post('/api/invitations', {
      email: WORKER.email.toUpperCase(),
      fullName: 'Sam Again',
      roles: ['link_worker'],
    });
    expect(existing.status).toBe(409);
    expect(existing.body.message).toBe(EMAIL_IN_USE);
    const { body } = await invite();
    const duplicate = await admin.post('/api/invitations', {
      email: body.email.toUpperCase(),
      fullName: 'Someone Else',
      roles: ['supervisor'],
    });
    expect(duplicate.status).toBe(409);
  });

  it('lets an address be invited again once its earlier invitation has expired', async () => {
    const { body } = await invite();
    await ownerQuery(databaseUrl, `UPDATE invitations SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      body.id,
    ]);
    await admin
      .post('/api/invitations', { email: body.email, fullName: 'Second Try', roles: ['link_worker'] })
      .expect(201);
  });

  it('creates one invitation when two admins invite the same address at once', async () => {
    const second = await factories.signedInClient(ADMIN);
    const email = 'race@example.org';
    const responses = await Promise.all(
      [admin, second].map((client) =>
        client.post('/api/invitations', { email, fullName: 'Race Person', roles: ['link_worker'] }),
      ),
    );
    // The same invitation twice is one invitation: the later request is answered with it (a 409 is for a different one).
    expect(responses.map((response) => response.status)).toEqual([201, 201]);
    expect(responses[1].body.id).toBe(responses[0].body.id);
    expect(await ownerQuery(databaseUrl, `SELECT 1 FROM invitations WHERE email = $1`, [email])).toHaveLength(1);
  });

  it.each([
    [{ email: 'not-an-email' }, 'email must be an email address'],
    [{ fullName: '   ' }, 'fullName must not be empty'],
    [{ roles: [] }, 'roles must include at least one role'],
    [{ roles: ['platform_admin'] }, 'roles must each be one of link_worker, supervisor, employer_admin'],
    [{ supervisionTypes: ['peer'] }, 'supervisionTypes must each be one of workplace, clinical, group'],
    [{ organisationId: ORGANISATION_ID }, 'property organisationId should not exist'],
  ])('names the field when the invitation %j is not valid', async (fields, message) => {
    const response = await admin
      .post('/api/invitations', {
        email: 'valid@example.org',
        fullName: 'Valid Name',
        roles: ['link_worker'],
        ...fields,
      })
      .expect(400);
    expect(response.body.errors).toContain(message);
  });

  it('needs the CSRF token to accept, like every POST', async () => {
    const { token } = await invite();
    const visitor = await anonymousClient(app);
    const response = await visitor.agent.post(`/api/invitations/${token}/accept`).send({ password: STRONG_PASSWORD });
    expect(response.status).toBe(403);
    await visitor.get(`/api/invitations/${token}`).expect(200);
  });

  it('gives the API’s database role no way to read the outbox, which holds live links', async () => {
    const [privileges] = await ownerQuery<{ can_select: boolean; can_insert: boolean }>(
      databaseUrl,
      `SELECT has_table_privilege('ladder_app', 'mail_outbox', 'SELECT') AS can_select,
              has_table_privilege('ladder_app', 'mail_outbox', 'INSERT') AS can_insert`,
    );
    expect(privileges).toEqual({ can_select: false, can_insert: true });
  });
});
