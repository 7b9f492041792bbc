import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { hashToken } from '../src/auth/auth.service';
import { SIGN_IN_FAILED } from '../src/auth/local.strategy';
import { anonymousClient, signInAs } from './auth-helpers';
import { TEST_PASSWORD, type TestOrganisation, type TestPerson } from './factories';
import { createTestApp } from './test-app';
import { ownerQuery } from './test-database';

let ORGANISATION: TestOrganisation;
let WORKER: TestPerson;
let ADMIN: TestPerson;
let JO: TestPerson;
let ALEX: TestPerson;
let CHRIS: TestPerson;

describe('sign-in, sessions and CSRF (real PostgreSQL)', () => {
  let app: INestApplication;
  let databaseUrl: string;

  beforeAll(async () => {
    // Demo mode, as before: an employer admin signs in with the password alone (two-step sign-in has its own spec).
    const testApp = await createTestApp({ demoMode: true });
    ({ app, databaseUrl } = testApp);
    const { newOrganisation, newPerson } = testApp.factories;
    ORGANISATION = await newOrganisation();
    const linkWorker = () => newPerson(ORGANISATION, { roles: ['link_worker'] });
    WORKER = await linkWorker();
    ADMIN = await newPerson(ORGANISATION, { roles: ['employer_admin'], secondFactor: false });
    JO = await linkWorker();
    ALEX = await linkWorker();
    CHRIS = await linkWorker();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('signs in a worker, sets an HttpOnly SameSite session cookie and answers /me', async () => {
    const client = await anonymousClient(app);
    const response = await client.post('/api/auth/login', { email: WORKER.email, password: TEST_PASSWORD }).expect(200);
    const cookie = (response.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('ladder_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(response.body).toMatchObject({
      personId: WORKER.id,
      email: WORKER.email,
      fullName: WORKER.fullName,
      organisation: { id: ORGANISATION.id, name: ORGANISATION.name },
      roles: ['link_worker'],
      isPlatformAdmin: false,
    });
    const me = await client.get('/api/auth/me').expect(200);
    expect(me.body.personId).toBe(WORKER.id);
  });

  it('answers an unknown email and a wrong password with the same 401 and message', async () => {
    const client = await anonymousClient(app);
    const unknown = await client.post('/api/auth/login', {
      email: 'nobody@demo.ladder.test',
      password: 'whatever-123',
    });
    const wrong = await client.post('/api/auth/login', { email: WORKER.email, password: 'not-the-password' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(unknown.body.message).toBe(SIGN_IN_FAILED);
  });

  it('names the bad field on a malformed sign-in', async () => {
    const client = await anonymousClient(app);
    const response = await client.post('/api/auth/login', { email: 'not-an-email', password: '' }).expect(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining(['email must be an email address', 'password must not be empty']),
    );
  });

  it('rejects a state-changing request without the CSRF token, and one with a wrong token', async () => {
    const agent = request.agent(app.getHttpServer());
    await agent.get('/api/auth/csrf').expect(200);
    const missing = await agent.post('/api/auth/login').send({ email: WORKER.email, password: TEST_PASSWORD });
    expect(missing.status).toBe(403);
    expect(missing.body.message).toContain('CSRF');
    const wrong = await agent
      .post('/api/auth/login')
      .set('X-CSRF-Token', 'forged')
      .send({ email: WORKER.email, password: TEST_PASSWORD });
    expect(wrong.status).toBe(403);
  });

  it('requires a session everywhere but public routes', async () => {
    await request(app.getHttpServer()).get('/api/auth/me').expect(401);
    await request(app.getHttpServer()).get('/api/health').expect(200);
  });

  it('gives a new session id on every sign-in, so a planted session is worthless', async () => {
    const client = await signInAs(app, WORKER.email, TEST_PASSWORD);
    const before = await ownerQuery<{ token_hash: string }>(
      databaseUrl,
      `SELECT token_hash FROM sessions WHERE person_id = $1`,
      [WORKER.id],
    );
    await client.post('/api/auth/login', { email: WORKER.email, password: TEST_PASSWORD }).expect(200);
    const after = await ownerQuery<{ token_hash: string }>(
      databaseUrl,
      `SELECT token_hash FROM sessions WHERE person_id = $1`,
      [WORKER.id],
    );
    const replaced = before.filter((row) => !after.some((other) => other.token_hash === row.token_hash));
    expect(replaced.length).toBeGreaterThanOrEqual(1);
  });

  it('ends the session on the server at sign-out', async () => {
    const client = await signInAs(app, ADMIN.email, TEST_PASSWORD);
    await client.post('/api/auth/logout').expect(204);
    await client.get('/api/auth/me').expect(401);
  });

  it('ends every session at once when the account is deactivated', async () => {
    const client = await signInAs(app, JO.email, TEST_PASSWORD);
    await client.get('/api/auth/me').expect(200);
    await ownerQuery(databaseUrl, `UPDATE people SET active = false WHERE email = $1`, [JO.email]);
    await client.get('/api/auth/me').expect(401);
    const left = await ownerQuery(
      databaseUrl,
      `SELECT 1 FROM sessions s JOIN people p ON p.id = s.person_id WHERE p.email = $1`,
      [JO.email],
    );
    expect(left).toHaveLength(0);
    await ownerQuery(databaseUrl, `UPDATE people SET active = true WHERE email = $1`, [JO.email]);
  });

  it('expires a session idle for more than 30 minutes', async () => {
    const client = await signInAs(app, ALEX.email, TEST_PASSWORD);
    await ownerQuery(
      databaseUrl,
      `UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE person_id = (SELECT id FROM people WHERE email = $1)`,
      [ALEX.email],
    );
    await client.get('/api/auth/me').expect(401);
  });

  it('keeps a session idle for 29 minutes', async () => {
    const client = await signInAs(app, ALEX.email, TEST_PASSWORD);
    await ownerQuery(
      databaseUrl,
      `UPDATE sessions SET last_seen_at = now() - interval '29 minutes' WHERE person_id = (SELECT id FROM people WHERE email = $1)`,
      [ALEX.email],
    );
    await client.get('/api/auth/me').expect(200);
  });

  it('expires a session 12 hours after sign-in however active it is', async () => {
    const client = await signInAs(app, CHRIS.email, TEST_PASSWORD);
    const session = await ownerQuery<{ expires_at: Date }>(
      databaseUrl,
      `SELECT expires_at FROM sessions WHERE person_id = (SELECT id FROM people WHERE email = $1)`,
      [CHRIS.email],
    );
    const lifetimeHours = (session[0].expires_at.getTime() - Date.now()) / 3_600_000;
    expect(lifetimeHours).toBeGreaterThan(11.9);
    expect(lifetimeHours).toBeLessThanOrEqual(12);
    await ownerQuery(
      databaseUrl,
      `UPDATE sessions SET expires_at = now() - interval '1 second' WHERE person_id = (SELECT id FROM people WHERE email = $1)`,
      [CHRIS.email],
    );
    await client.get('/api/auth/me').expect(401);
  });

  it('stores only a SHA-256 of the session token, never the token', async () => {
    const client = await anonymousClient(app);
    const response = await client.post('/api/auth/login', { email: WORKER.email, password: TEST_PASSWORD }).expect(200);
    const cookie = (response.headers['set-cookie'] as unknown as string[]).find((c) =>
      c.startsWith('ladder_session='),
    )!;
    const token = cookie.split(';')[0].split('=')[1];
    const stored = await ownerQuery(databaseUrl, `SELECT 1 FROM sessions WHERE token_hash = $1`, [hashToken(token)]);
    const plain = await ownerQuery(databaseUrl, `SELECT 1 FROM sessions WHERE token_hash = $1`, [token]);
    expect([stored.length, plain.length]).toEqual([1, 0]);
  });
});
