import type { INestApplication } from '@nestjs/common';
import { SECOND_FACTOR_NEEDED, SIGN_IN_FAILED } from '../src/auth/auth-errors';
import { SecondFactorRepository } from '../src/auth/second-factor.repository';
import { SECOND_FACTOR_SETUP_NEEDED } from '../src/auth/session.guard';
import { base32Decode, hotp, totpStep } from '../src/auth/totp';
import { TenantContext } from '../src/database/tenant-context';
import { DEMO_PASSWORD, DEMO_PEOPLE, DEMO_PLATFORM_ADMIN } from '../src/demo/demo-people';
import { anonymousClient, loadDemoPeople, type ApiClient } from './auth-helpers';
import { TEST_PASSWORD, type Factories, type TestOrganisation, type TestPerson } from './factories';
import { createTestApp } from './test-app';
import { ownerQuery } from './test-database';

const DEMO_ADMIN = DEMO_PEOPLE.find((p) => p.roles.includes('employer_admin'))!;

/** The code an authenticator app holding `secret` shows for a time step. */
const codeAt = (secret: string, step: number): string => hotp(base32Decode(secret), step);
const nowStep = (): number => totpStep(Date.now());

/** A route outside auth that needs a session (body deliberately empty: nothing is ever stored). */
const OTHER_ROUTE = '/api/pay-scales';

interface Login {
  client: ApiClient;
  status: number;
  body: Record<string, unknown>;
  sessionCookieSet: boolean;
}

/** One sign-in attempt from a fresh browser; each test file runs from its own addresses (X-Forwarded-For). */
async function login(app: INestApplication, body: object, ip = '198.51.100.10'): Promise<Login> {
  const client = await anonymousClient(app);
  const response = await client.agent
    .post('/api/auth/login')
    .set('X-CSRF-Token', client.csrfToken)
    .set('X-Forwarded-For', ip)
    .send(body);
  const cookies = (response.headers['set-cookie'] as unknown as string[] | undefined) ?? [];
  return {
    client,
    status: response.status,
    body: response.body as Record<string, unknown>,
    sessionCookieSet: cookies.some((cookie) => cookie.startsWith('ladder_session=')),
  };
}

/** A real sign-in with the factories' password (outside demo mode, where these people are made). */
async function signedIn(app: INestApplication, email: string, extra: object = {}): Promise<ApiClient> {
  const result = await login(app, { email, password: TEST_PASSWORD, ...extra });
  if (result.status !== 200) throw new Error(`Sign-in as ${email}: ${result.status} ${JSON.stringify(result.body)}`);
  return result.client;
}

/** Sets up and confirms an authenticator app; returns its secret, the step used to confirm it, and the recovery codes. */
async function enrol(client: ApiClient): Promise<{ secret: string; step: number; recoveryCodes: string[] }> {
  const setup = await client.post('/api/auth/totp/setup').expect(200);
  const secret = setup.body.secret as string;
  const step = nowStep();
  const enabled = await client.post('/api/auth/totp/enable', { code: codeAt(secret, step) }).expect(200);
  return { secret, step, recoveryCodes: enabled.body.recoveryCodes as string[] };
}

describe('two-step verification outside demo mode (real PostgreSQL)', () => {
  let app: INestApplication;
  let databaseUrl: string;
  let factories: Factories;
  let ORGANISATION: TestOrganisation;
  let ADMIN: TestPerson;
  let PLATFORM_ADMIN: TestPerson;
  let SAM: TestPerson;
  let ALEX: TestPerson;
  let JO: TestPerson;
  let CHRIS: TestPerson;
  let SUPERVISOR: TestPerson;
  let SUPERVISOR_TWO: TestPerson;

  beforeAll(async () => {
    ({ app, databaseUrl, factories } = await createTestApp({ demoMode: false, trustProxy: ['loopback'] }));
    ORGANISATION = await factories.newOrganisation();
    const member = (roles: ('link_worker' | 'supervisor')[], email?: string) =>
      factories.newPerson(ORGANISATION, { roles, email });
    // The admins have not set up an authenticator app yet: their first sign-in is what these tests are about.
    ADMIN = await factories.newPerson(ORGANISATION, { roles: ['employer_admin'], secondFactor: false });
    PLATFORM_ADMIN = await factories.newPlatformAdmin({ secondFactor: false });
    SAM = await member(['link_worker'], 'sam.link@example.org');
    ALEX = await member(['link_worker']);
    JO = await member(['link_worker']);
    CHRIS = await member(['link_worker']);
    SUPERVISOR = await member(['supervisor']);
    SUPERVISOR_TWO = await member(['supervisor']);
  });

  afterAll(async () => {
    await app?.close();
  });

  /** Another link worker in the organisation (same password), for a test that changes their account. */
  const newWorker = async (fullName: string): Promise<string> =>
    (await factories.newPerson(ORGANISATION, { roles: ['link_worker'], fullName })).email;

  it('lets a link worker set up an authenticator app, then asks for its code at every sign-in', async () => {
    const client = await signedIn(app, SAM.email);
    expect((await client.get('/api/auth/me').expect(200)).body).toMatchObject({
      totpEnabled: false,
      totpRequired: false,
    });

    const setup = await client.post('/api/auth/totp/setup').expect(200);
    expect(setup.headers['cache-control']).toBe('no-store');
    const secret = setup.body.secret as string;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.body.otpauthUrl).toBe(
      `otpauth://totp/Ladder:sam.link%40example.org?secret=${secret}&issuer=Ladder&algorithm=SHA1&digits=6&period=30`,
    );
    // Pending until confirmed.
    expect((await client.get('/api/auth/me').expect(200)).body.totpEnabled).toBe(false);
    expect((await login(app, { email: SAM.email, password: TEST_PASSWORD })).status).toBe(200);

    const wrong = await client.post('/api/auth/totp/enable', { code: codeAt(secret, nowStep() + 5) }).expect(400);
    expect(wrong.body.errors).toEqual(['code is not the one your authenticator app shows now for Ladder']);

    const step = nowStep();
    const enabled = await client.post('/api/auth/totp/enable', { code: codeAt(secret, step) }).expect(200);
    expect(enabled.headers['cache-control']).toBe('no-store');
    const recoveryCodes = enabled.body.recoveryCodes as string[];
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}$/);
    expect((await client.get('/api/auth/me').expect(200)).body).toMatchObject({
      totpEnabled: true,
      totpRequired: false,
    });

    const withoutCode = await login(app, { email: SAM.email, password: TEST_PASSWORD });
    expect(withoutCode.status).toBe(401);
    expect(withoutCode.body).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'Enter the 6-digit code from your authenticator app',
      totpRequired: true,
    });
    expect(withoutCode.sessionCookieSet).toBe(false);

    const withCode = await login(app, { email: SAM.email, password: TEST_PASSWORD, totp: codeAt(secret, step + 1) });
    expect(withCode.status).toBe(200);
    expect(withCode.sessionCookieSet).toBe(true);
    expect(withCode.body).toMatchObject({ personId: SAM.id, totpEnabled: true });
  });

  it('stores the secret sealed (AES-256-GCM) and the recovery codes only as hashes', async () => {
    const client = await signedIn(app, SUPERVISOR_TWO.email);
    const { secret, recoveryCodes } = await enrol(client);
    const [row] = await ownerQuery<{ secret_ciphertext: string; pending_secret_ciphertext: string | null }>(
      databaseUrl,
      `SELECT secret_ciphertext, pending_secret_ciphertext FROM totp_credentials WHERE person_id = $1`,
      [SUPERVISOR_TWO.id],
    );
    const raw = base32Decode(secret);
    expect(row.secret_ciphertext).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    for (const form of [secret, raw.toString('base64url'), raw.toString('hex'), raw.toString('base64')]) {
      expect(row.secret_ciphertext).not.toContain(form);
    }
    expect(row.pending_secret_ciphertext).toBeNull();

    const stored = await ownerQuery<{ code_hash: string }>(
      databaseUrl,
      `SELECT code_hash FROM totp_recovery_codes WHERE person_id = $1`,
      [SUPERVISOR_TWO.id],
    );
    expect(stored).toHaveLength(10);
    for (const { code_hash } of stored) {
      expect(code_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(recoveryCodes.some((code) => code_hash.includes(code.replace(/-/g, '')))).toBe(false);
    }
  });

  it('refuses a wrong code with the same prompt, naming the field, and starts no session', async () => {
    const { secret, step } = await enrol(await signedIn(app, ALEX.email));
    const wrong = await login(app, { email: ALEX.email, password: TEST_PASSWORD, totp: codeAt(secret, step + 3) });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: SECOND_FACTOR_NEEDED,
      totpRequired: true,
      errors: ['totp is not right, or was already used'],
    });
    expect(wrong.sessionCookieSet).toBe(false);
  });

  it('says nothing about a second factor when the password is wrong', async () => {
    const wrong = await login(app, { email: ALEX.email, password: 'not-the-password', totp: '123456' });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: SIGN_IN_FAILED });
  });

  it('accepts a code once only: the same code again, or one of an earlier step, is refused (replay)', async () => {
    const { secret, step } = await enrol(await signedIn(app, JO.email));
    const body = { email: JO.email, password: TEST_PASSWORD };
    expect((await login(app, { ...body, totp: codeAt(secret, step + 1) })).status).toBe(200);
    const replayed = await login(app, { ...body, totp: codeAt(secret, step + 1) });
    expect(replayed.status).toBe(401);
    expect(replayed.body.totpRequired).toBe(true);
    expect((await login(app, { ...body, totp: codeAt(secret, step) })).status).toBe(401);
    const [row] = await ownerQuery<{ last_used_step: number }>(
      databaseUrl,
      `SELECT last_used_step FROM totp_credentials WHERE person_id = $1`,
      [JO.id],
    );
    expect(row.last_used_step).toBe(step + 1);
  });

  it('records a used step in one conditional update, so requests racing with the same code cannot both win', async () => {
    // Both racers pass the in-memory check (they read the same last step); the database decides.
    const { step } = await enrol(await signedIn(app, SUPERVISOR.email));
    const tenant = app.get(TenantContext);
    const secondFactors = app.get(SecondFactorRepository);
    const use = (candidate: number) =>
      tenant.run({ organisationId: ORGANISATION.id, platformAdmin: false }, () =>
        secondFactors.useStep(SUPERVISOR.id, candidate),
      );
    expect(await use(step + 1)).toBe(true);
    expect(await use(step + 1)).toBe(false);
    expect(await use(step)).toBe(false);
  });

  it('accepts each recovery code once, however it is typed, and audits its use', async () => {
    const { recoveryCodes } = await enrol(await signedIn(app, CHRIS.email));
    const body = { email: CHRIS.email, password: TEST_PASSWORD };
    const typed = recoveryCodes[0].replace(/-/g, ' ').toUpperCase();
    const first = await login(app, { ...body, recoveryCode: typed });
    expect(first.status).toBe(200);
    const again = await login(app, { ...body, recoveryCode: recoveryCodes[0] });
    expect(again.status).toBe(401);
    expect(again.body).toMatchObject({
      totpRequired: true,
      errors: ['recoveryCode is not right, or was already used'],
    });
    expect((await login(app, { ...body, recoveryCode: recoveryCodes[1] })).status).toBe(200);

    const used = await ownerQuery<{ n: string }>(
      databaseUrl,
      `SELECT count(*) AS n FROM totp_recovery_codes WHERE person_id = $1 AND used_at IS NOT NULL`,
      [CHRIS.id],
    );
    expect(Number(used[0].n)).toBe(2);
    const audited = await ownerQuery<{ action: string }>(
      databaseUrl,
      `SELECT action FROM audit_log WHERE actor_id = $1 AND action LIKE 'auth.%' ORDER BY id`,
      [CHRIS.id],
    );
    expect(audited.map((row) => row.action)).toEqual([
      'auth.totp.enable',
      'auth.recovery-code.use',
      'auth.recovery-code.use',
    ]);
  });

  it('names the field for a malformed code, and for sending both kinds of code', async () => {
    const malformed = await login(app, { email: SAM.email, password: TEST_PASSWORD, recoveryCode: 'nope' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual(['recoveryCode must be a recovery code like abcd-efgh-jkmn-pqrs']);
    const both = await login(app, {
      email: SAM.email,
      password: TEST_PASSWORD,
      totp: '123456',
      recoveryCode: 'abcd-efgh-jkmn-pqrs',
    });
    expect(both.status).toBe(400);
    expect(both.body.errors).toEqual(['recoveryCode must not be sent with totp: use one or the other']);
    const client = await signedIn(app, await newWorker('Mo Malformed'));
    const enable = await client.post('/api/auth/totp/enable', { code: '12345' }).expect(400);
    expect(enable.body.errors).toEqual(['code must be the six digits from your authenticator app']);
  });

  it('ends the person’s other sessions when two-step verification is turned on', async () => {
    const email = await newWorker('Grace Other');
    const elsewhere = await signedIn(app, email);
    const here = await signedIn(app, email);
    await enrol(here);
    await elsewhere.get('/api/auth/me').expect(401);
    await here.get('/api/auth/me').expect(200);
  });

  it('lets a link worker turn it off with a current code; then the password alone signs in again', async () => {
    const email = await newWorker('Dee Off');
    const client = await signedIn(app, email);
    const { secret, step } = await enrol(client);
    const wrong = await client.post('/api/auth/totp/disable', { code: codeAt(secret, step + 4) }).expect(400);
    expect(wrong.body.errors).toEqual([
      'code is not right, or was already used: enter the current code, or an unused recovery code',
    ]);
    await client.post('/api/auth/totp/disable', { code: codeAt(secret, step + 1) }).expect(204);
    expect((await client.get('/api/auth/me').expect(200)).body.totpEnabled).toBe(false);
    expect((await login(app, { email, password: TEST_PASSWORD })).status).toBe(200);
    const remaining = await ownerQuery(
      databaseUrl,
      `SELECT 1 FROM totp_credentials c JOIN people p ON p.id = c.person_id WHERE p.email = $1 UNION ALL SELECT 1 FROM totp_recovery_codes r JOIN people p ON p.id = r.person_id WHERE p.email = $1`,
      [email],
    );
    expect(remaining).toHaveLength(0);
    const notOn = await client.post('/api/auth/totp/disable', { code: '123456' }).expect(409);
    expect(notOn.body.message).toBe('Two-step verification is not on');
  });

  it('refuses to confirm when no set-up is pending', async () => {
    const email = await newWorker('Nia None');
    const client = await signedIn(app, email);
    const response = await client.post('/api/auth/totp/enable', { code: '123456' }).expect(409);
    expect(response.body.message).toContain('ask for a new secret first');
  });

  describe('an employer admin, who must use it', () => {
    let admin: ApiClient;

    it('signs in to a restricted session that can only see who they are, enrol, or sign out', async () => {
      const result = await login(app, { email: ADMIN.email, password: TEST_PASSWORD });
      expect(result.status).toBe(200);
      expect(result.body).toMatchObject({ personId: ADMIN.id, totpEnabled: false, totpRequired: true });
      admin = result.client;

      expect((await admin.get('/api/auth/me').expect(200)).body).toMatchObject({
        totpEnabled: false,
        totpRequired: true,
      });
      const refused = await admin.post(OTHER_ROUTE, {}).expect(403);
      expect(refused.body.message).toBe(SECOND_FACTOR_SETUP_NEEDED);
      const denial = await ownerQuery<{ outcome: string; target_type: string }>(
        databaseUrl,
        `SELECT outcome, target_type FROM audit_log WHERE actor_id = $1 AND action = 'POST /api/pay-scales'`,
        [ADMIN.id],
      );
      expect(denial).toEqual([{ outcome: 'denied', target_type: 'second-factor' }]);
    });

    it('is unrestricted once enrolled, and cannot turn it off', async () => {
      const { secret, step } = await enrol(admin);
      const allowed = await admin.post(OTHER_ROUTE, {});
      expect(allowed.body.message).not.toBe(SECOND_FACTOR_SETUP_NEEDED);
      expect((await admin.get('/api/auth/me').expect(200)).body).toMatchObject({
        totpEnabled: true,
        totpRequired: true,
      });

      const refused = await admin.post('/api/auth/totp/disable', { code: codeAt(secret, step + 1) }).expect(403);
      expect(refused.body.message).toContain('Your role needs two-step verification, so it cannot be turned off');
      expect((await login(app, { email: ADMIN.email, password: TEST_PASSWORD })).body.totpRequired).toBe(true);
    });

    it('can move it to a new phone: a new set-up replaces the old secret once confirmed', async () => {
      const first = await ownerQuery<{ secret_ciphertext: string }>(
        databaseUrl,
        `SELECT secret_ciphertext FROM totp_credentials WHERE person_id = $1`,
        [ADMIN.id],
      );
      const { secret } = await enrol(admin);
      const after = await ownerQuery<{ secret_ciphertext: string }>(
        databaseUrl,
        `SELECT secret_ciphertext FROM totp_credentials WHERE person_id = $1`,
        [ADMIN.id],
      );
      expect(after[0].secret_ciphertext).not.toBe(first[0].secret_ciphertext);
      const signIn = await login(app, {
        email: ADMIN.email,
        password: TEST_PASSWORD,
        totp: codeAt(secret, nowStep() + 1),
      });
      expect(signIn.status).toBe(200);
    });
  });

  it('restricts a platform admin the same way, and lets them sign out', async () => {
    const result = await login(app, { email: PLATFORM_ADMIN.email, password: TEST_PASSWORD });
    expect(result.body).toMatchObject({ totpEnabled: false, totpRequired: true, isPlatformAdmin: true });
    const refused = await result.client.post('/api/frameworks/import', {}).expect(403);
    expect(refused.body.message).toBe(SECOND_FACTOR_SETUP_NEEDED);
    await result.client.post('/api/auth/logout').expect(204);
    await result.client.get('/api/auth/me').expect(401);
  });

  it('keeps each organisation’s second factors to itself (row-level security)', async () => {
    const tenant = app.get(TenantContext);
    const count = (organisationId: string) =>
      tenant.run({ organisationId, platformAdmin: false }, async () => {
        const rows: { n: string }[] = await tenant
          .manager()
          .query(`SELECT (SELECT count(*) FROM totp_credentials) + (SELECT count(*) FROM totp_recovery_codes) AS n`);
        return Number(rows[0].n);
      });
    expect(await count(ORGANISATION.id)).toBeGreaterThan(0);
    expect(await count('11111111-2222-4333-8444-555555555555')).toBe(0);
  });

  it('limits wrong codes when confirming: the sixth in 15 minutes gets 429 with a clear message', async () => {
    const email = await newWorker('Ola Limit');
    const client = await signedIn(app, email);
    const secret = (await client.post('/api/auth/totp/setup').expect(200)).body.secret as string;
    for (let i = 0; i < 5; i++) {
      await client.post('/api/auth/totp/enable', { code: codeAt(secret, nowStep() + 10 + i) }).expect(400);
    }
    const limited = await client.post('/api/auth/totp/enable', { code: codeAt(secret, nowStep()) }).expect(429);
    expect(limited.body).toMatchObject({
      statusCode: 429,
      error: 'Too Many Requests',
      message: expect.stringMatching(/^Too many wrong codes\. Try again in 1[45] minutes\.$/),
    });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(800);
  });

  it('limits new set-ups: the eleventh in 15 minutes gets 429', async () => {
    const client = await signedIn(app, await newWorker('Pat Setup'));
    for (let i = 0; i < 10; i++) await client.post('/api/auth/totp/setup').expect(200);
    const limited = await client.post('/api/auth/totp/setup').expect(429);
    expect(limited.body.message).toMatch(
      /^Too many attempts to set up two-step verification\. Try again in 1[45] minutes\.$/,
    );
  });
});

describe('two-step verification in demo mode (real PostgreSQL)', () => {
  let app: INestApplication;

  beforeAll(async () => {
    ({ app } = await createTestApp({ demoMode: true, trustProxy: ['loopback'] }));
    await loadDemoPeople(app);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('lets the demo employer admin and platform admin in without a second factor', async () => {
    for (const email of [DEMO_ADMIN.email, DEMO_PLATFORM_ADMIN.email]) {
      const result = await login(app, { email, password: DEMO_PASSWORD });
      expect(result.status).toBe(200);
      expect(result.body).toMatchObject({ totpEnabled: false, totpRequired: false });
      const other = await result.client.post(OTHER_ROUTE, {});
      expect(other.body.message).not.toBe(SECOND_FACTOR_SETUP_NEEDED);
    }
  });

  it('still asks for a code once the demo admin turns it on, and lets them turn it off with a recovery code', async () => {
    const client = (await login(app, { email: DEMO_ADMIN.email, password: DEMO_PASSWORD })).client;
    const { recoveryCodes } = await enrol(client);
    expect((await login(app, { email: DEMO_ADMIN.email, password: DEMO_PASSWORD })).status).toBe(401);
    const missing = await client.post('/api/auth/totp/disable', {}).expect(400);
    expect(missing.body.errors).toEqual([
      'code must be the six digits from your authenticator app, or a recovery code',
    ]);
    await client.post('/api/auth/totp/disable', { code: recoveryCodes[3] }).expect(204);
    expect((await login(app, { email: DEMO_ADMIN.email, password: DEMO_PASSWORD })).status).toBe(200);
  });
});
