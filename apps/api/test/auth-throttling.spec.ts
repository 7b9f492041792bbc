import type { INestApplication } from '@nestjs/common';
import { SIGN_IN_FAILED } from '../src/auth/auth-errors';
import { SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_IP, ThrottleService } from '../src/auth/throttle.service';
import { base32Decode, hotp, totpStep } from '../src/auth/totp';
import { anonymousClient } from './auth-helpers';
import { TEST_PASSWORD, type Factories, type TestOrganisation } from './factories';
import { createTestApp } from './test-app';
import { ownerQuery } from './test-database';

const ACCOUNT_MESSAGE = /^Too many sign-in attempts for this account\. Try again in 1[45] minutes\.$/;

/**
 * Sign-in throttling: 5 failed attempts per account and 20 per IP address in
 * 15 minutes, counted in PostgreSQL so every API process shares them.
 * Each test uses addresses of its own (X-Forwarded-For, trusted from loopback).
 */
describe('sign-in throttling (real PostgreSQL)', () => {
  let app: INestApplication;
  let databaseUrl: string;
  let throttle: ThrottleService;
  let factories: Factories;
  let organisation: TestOrganisation;

  beforeAll(async () => {
    ({ app, databaseUrl, factories } = await createTestApp({ demoMode: false, trustProxy: ['loopback'] }));
    organisation = await factories.newOrganisation();
    throttle = app.get(ThrottleService);
  });

  afterAll(async () => {
    await app?.close();
  });

  /** A link worker of their own for each test, signing in (for real) with the factories' password. */
  const newWorker = async (name: string): Promise<string> =>
    (await factories.newPerson(organisation, { roles: ['link_worker'], email: `${name}@example.org`, fullName: name }))
      .email;

  const login = async (body: object, ip: string) => {
    const client = await anonymousClient(app);
    const response = await client.agent
      .post('/api/auth/login')
      .set('X-CSRF-Token', client.csrfToken)
      .set('X-Forwarded-For', ip)
      .send(body);
    return { client, status: response.status, body: response.body as Record<string, unknown>, response };
  };

  const fail = (email: string, ip: string) => login({ email, password: 'not-the-password' }, ip);

  it('answers the sixth attempt on an account within 15 minutes with 429, even with the right password', async () => {
    const email = await newWorker('five.wrong');
    for (let i = 0; i < 5; i++) expect((await fail(email, '203.0.113.1')).status).toBe(401);
    const limited = await login({ email, password: TEST_PASSWORD }, '203.0.113.1');
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      message: expect.stringMatching(ACCOUNT_MESSAGE),
      retryAfterSeconds: expect.any(Number),
    });
    expect(Number(limited.response.headers['retry-after'])).toBe(limited.body.retryAfterSeconds);
    expect(limited.body.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(limited.response.headers['set-cookie']).toBeUndefined();
    // Per account: another address gets the same answer.
    expect((await login({ email, password: TEST_PASSWORD }, '203.0.113.2')).body.message).toMatch(ACCOUNT_MESSAGE);
  });

  it('throttles an unknown email exactly like a real one, so throttling reveals no accounts either', async () => {
    const known = await newWorker('known.one');
    const unknown = 'nobody.here@demo.ladder.test';
    const answers = async (email: string, ip: string) => {
      const bodies = [];
      for (let i = 0; i < 6; i++) bodies.push((await fail(email, ip)).body);
      return bodies;
    };
    const forKnown = await answers(known, '203.0.113.3');
    const forUnknown = await answers(unknown, '203.0.113.4');
    const shape = (body: Record<string, unknown>) => ({ ...body, retryAfterSeconds: typeof body.retryAfterSeconds });
    expect(forUnknown.map(shape)).toEqual(forKnown.map(shape));
    expect(forKnown[4]).toEqual({ statusCode: 401, error: 'Unauthorized', message: SIGN_IN_FAILED });
    expect(forKnown[5].message).toMatch(ACCOUNT_MESSAGE);
  });

  it('says how many minutes are left, and lets the account in again once the window has passed', async () => {
    const email = await newWorker('window.ends');
    for (let i = 0; i < 5; i++) await fail(email, '203.0.113.5');
    const key = throttle.keyFor(SIGN_IN_PER_ACCOUNT, email);
    await ownerQuery(
      databaseUrl,
      `UPDATE auth_throttle SET window_started_at = now() - interval '14 minutes 30 seconds' WHERE key = $1`,
      [key],
    );
    expect((await fail(email, '203.0.113.5')).body.message).toBe(
      'Too many sign-in attempts for this account. Try again in 1 minute.',
    );
    await ownerQuery(
      databaseUrl,
      `UPDATE auth_throttle SET window_started_at = now() - interval '15 minutes 1 second' WHERE key = $1`,
      [key],
    );
    expect((await login({ email, password: TEST_PASSWORD }, '203.0.113.5')).status).toBe(200);
  });

  it('clears the account’s count when a sign-in succeeds', async () => {
    const email = await newWorker('clean.slate');
    for (let i = 0; i < 4; i++) expect((await fail(email, '203.0.113.6')).status).toBe(401);
    expect((await login({ email, password: TEST_PASSWORD }, '203.0.113.6')).status).toBe(200);
    const stored = await ownerQuery(databaseUrl, `SELECT 1 FROM auth_throttle WHERE key = $1`, [
      throttle.keyFor(SIGN_IN_PER_ACCOUNT, email),
    ]);
    expect(stored).toHaveLength(0);
    for (let i = 0; i < 5; i++) expect((await fail(email, '203.0.113.6')).status).toBe(401);
    expect((await fail(email, '203.0.113.6')).status).toBe(429);
  });

  it('lets no more than 5 of a burst of parallel guesses through', async () => {
    const email = await newWorker('burst.guess');
    const statuses = (await Promise.all(Array.from({ length: 12 }, () => fail(email, '203.0.113.7')))).map(
      (result) => result.status,
    );
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(7);
  });

  /** The sign-in attempts counted against an address in its window. */
  const attemptsFrom = async (ip: string): Promise<number> =>
    (
      await ownerQuery<{ attempts: number }>(databaseUrl, `SELECT attempts FROM auth_throttle WHERE key = $1`, [
        throttle.keyFor(SIGN_IN_PER_IP, ip),
      ])
    )[0]?.attempts ?? 0;

  it('slows, never refuses, an address past 20 failures: everyone behind it who knows their password gets in', async () => {
    const ip = '198.51.100.21';
    for (let i = 0; i < 20; i++) {
      expect((await fail(`sprayed.${i}@demo.ladder.test`, ip)).status).toBe(401);
    }
    const email = await newWorker('behind.nat');
    // The 21st attempt waits (1 s, see SIGN_IN_PER_IP) and then is answered like any other.
    expect((await fail(`sprayed.20@demo.ladder.test`, ip)).status).toBe(401);
    expect((await login({ email, password: TEST_PASSWORD }, ip)).status).toBe(200);
    expect(await attemptsFrom(ip)).toBe(21);
    expect((await login({ email, password: TEST_PASSWORD }, '198.51.100.22')).status).toBe(200);
  });

  it('does not let a success from an address wipe that address’s failures', async () => {
    const ip = '198.51.100.30';
    for (let i = 0; i < 19; i++) await fail(`spray.again.${i}@demo.ladder.test`, ip);
    const email = await newWorker('own.account');
    expect((await login({ email, password: TEST_PASSWORD }, ip)).status).toBe(200);
    expect((await fail('spray.again.last@demo.ladder.test', ip)).status).toBe(401);
    expect(await attemptsFrom(ip)).toBe(20);
  });

  it('counts wrong second-factor codes as failures, but not a missing code (the usual first step)', async () => {
    const email = await newWorker('two.step');
    const { client } = await login({ email, password: TEST_PASSWORD }, '203.0.113.8');
    const secret = (await client.post('/api/auth/totp/setup').expect(200)).body.secret as string;
    const step = totpStep(Date.now());
    await client.post('/api/auth/totp/enable', { code: hotp(base32Decode(secret), step) }).expect(200);

    for (let i = 0; i < 7; i++) {
      expect((await login({ email, password: TEST_PASSWORD }, '203.0.113.8')).body.totpRequired).toBe(true);
    }
    const wrongCode = { email, password: TEST_PASSWORD, totp: hotp(base32Decode(secret), step + 7) };
    for (let i = 0; i < 5; i++) expect((await login(wrongCode, '203.0.113.8')).status).toBe(401);
    expect((await login(wrongCode, '203.0.113.8')).body.message).toMatch(ACCOUNT_MESSAGE);
  });

  it('keeps no email or IP address in the counters', async () => {
    const keys = await ownerQuery<{ key: string }>(databaseUrl, `SELECT key FROM auth_throttle`);
    expect(keys.length).toBeGreaterThan(0);
    for (const { key } of keys) {
      expect(key).toMatch(/^[a-z-]+:[\w-]{43}$/);
      expect(key).not.toMatch(/@|\d+\.\d+\.\d+\.\d+/);
    }
    expect(keys.map(({ key }) => key)).toContain(throttle.keyFor(SIGN_IN_PER_IP, '198.51.100.21'));
  });
});
