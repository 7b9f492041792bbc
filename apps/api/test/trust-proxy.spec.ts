import type { INestApplication } from '@nestjs/common';
import { SIGN_IN_PER_IP, ThrottleService } from '../src/auth/throttle.service';
import { anonymousClient } from './auth-helpers';
import { createTestApp } from './test-app';
import { ownerQuery } from './test-database';

/**
 * With no TRUST_PROXY, X-Forwarded-For is not believed: a client cannot claim a new address for
 * each attempt and so escape the per-address count (issue 11, gap 7).
 */
describe('client addresses without a trusted proxy (real app)', () => {
  let app: INestApplication;
  let databaseUrl: string;

  beforeAll(async () => {
    ({ app, databaseUrl } = await createTestApp());
  });

  afterAll(async () => {
    await app?.close();
  });

  it('counts attempts against the connection’s address, whatever X-Forwarded-For claims', async () => {
    for (const claimed of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
      const client = await anonymousClient(app);
      await client.agent
        .post('/api/auth/login')
        .set('X-CSRF-Token', client.csrfToken)
        .set('X-Forwarded-For', claimed)
        .send({ email: 'nobody@example.org', password: 'not the password' })
        .expect(401);
    }
    const throttle = app.get(ThrottleService);
    const counters = await ownerQuery<{ key: string; attempts: number }>(
      databaseUrl,
      `SELECT key, attempts FROM auth_throttle WHERE key LIKE 'sign-in-ip:%'`,
    );
    const claimedKeys = ['203.0.113.1', '203.0.113.2', '203.0.113.3'].map((ip) => throttle.keyFor(SIGN_IN_PER_IP, ip));
    expect(counters.filter((row) => claimedKeys.includes(row.key))).toEqual([]);
    expect(counters.map((row) => row.attempts)).toEqual([3]);
  });
});
