import { strictMock } from '../../test/support/strict-mock';
import type { AuthKeys } from './auth-keys';
import { TooManyAttemptsError } from './auth-errors';
import type { ThrottleRepository } from './throttle.repository';
import {
  ACCOUNT_LINKS_PER_IP,
  describeWait,
  SIGN_IN_PER_ACCOUNT,
  SIGN_IN_PER_IP,
  slowDownDelayMs,
  ThrottleService,
  type ThrottlePolicy,
} from './throttle.service';

const KEYS: AuthKeys = { totpSecrets: Buffer.alloc(32, 1), throttleKeys: Buffer.alloc(32, 2) };

describe('describeWait', () => {
  it.each([
    [0, '1 minute'],
    [1, '1 minute'],
    [60, '1 minute'],
    [61, '2 minutes'],
    [14 * 60 + 1, '15 minutes'],
  ])('%i seconds reads as %s (whole minutes, never understated)', (seconds, words) => {
    expect(describeWait(seconds)).toBe(words);
  });
});

describe('slowDownDelayMs (sign-ins from one address)', () => {
  it.each([
    [1, 0],
    [20, 0],
    [21, 1000],
    [22, 2000],
    [30, 10_000],
    [500, 10_000],
  ])('attempt %i in the window waits %i ms', (attempts, delay) => {
    expect(slowDownDelayMs(SIGN_IN_PER_IP, attempts)).toBe(delay);
  });
});

describe('ThrottleService (repository mocked)', () => {
  const service = (counters: ThrottleRepository) => new ThrottleService(counters, KEYS);

  it('counts an attempt under an HMAC key that names the policy but not the subject', async () => {
    const counters = strictMock<ThrottleRepository>('ThrottleRepository', { reserve: async () => null });
    const ticket = await service(counters).reserve(SIGN_IN_PER_ACCOUNT, 'sam@example.org');
    expect(ticket.key).toMatch(/^sign-in-account:[A-Za-z0-9_-]{43}$/);
    expect(ticket.key).not.toContain('sam');
    expect(counters.reserve).toHaveBeenCalledWith(ticket.key, 5, 15 * 60);
  });

  it('keeps the counters of different policies and subjects apart', () => {
    const throttle = service(strictMock<ThrottleRepository>('ThrottleRepository'));
    const keys = new Set([
      throttle.keyFor(SIGN_IN_PER_ACCOUNT, 'a@example.org'),
      throttle.keyFor(SIGN_IN_PER_ACCOUNT, 'b@example.org'),
      throttle.keyFor(SIGN_IN_PER_IP, 'a@example.org'),
      // Same subject under a key derived from another secret.
      new ThrottleService(strictMock<ThrottleRepository>('ThrottleRepository'), {
        ...KEYS,
        throttleKeys: Buffer.alloc(32, 3),
      }).keyFor(SIGN_IN_PER_ACCOUNT, 'a@example.org'),
    ]);
    expect(keys.size).toBe(4);
  });

  it('refuses with 429 and the policy’s own message when the window is full', async () => {
    const counters = strictMock<ThrottleRepository>('ThrottleRepository', { reserve: async () => 61 });
    const refusal = service(counters).reserve(ACCOUNT_LINKS_PER_IP, '203.0.113.1');
    await expect(refusal).rejects.toBeInstanceOf(TooManyAttemptsError);
    await expect(refusal).rejects.toMatchObject({
      message: 'Too many requests from this network. Try again in 2 minutes.',
      retryAfterSeconds: 61,
    });
  });

  it('reserves all or none: when a later window is full, the reservations already taken are handed back', async () => {
    const full: ThrottlePolicy = { ...SIGN_IN_PER_ACCOUNT, name: 'full' };
    const counters = strictMock<ThrottleRepository>('ThrottleRepository', {
      reserve: async (key) => (key.startsWith('full:') ? 30 : null),
      release: async () => undefined,
    });
    const throttle = service(counters);
    await expect(
      throttle.reserveAll([
        [ACCOUNT_LINKS_PER_IP, '203.0.113.1'],
        [full, 'sam@example.org'],
      ]),
    ).rejects.toBeInstanceOf(TooManyAttemptsError);
    expect(counters.release.mock.calls).toEqual([[throttle.keyFor(ACCOUNT_LINKS_PER_IP, '203.0.113.1')]]);
  });

  it('hands back, clears and purges through the repository', async () => {
    const counters = strictMock<ThrottleRepository>('ThrottleRepository', {
      release: async () => undefined,
      clear: async () => undefined,
      deleteWindowsOlderThan: async () => undefined,
    });
    const throttle = service(counters);
    await throttle.release({ key: 'a' }, { key: 'b' });
    await throttle.clear({ key: 'c' });
    await throttle.purgeExpired();
    expect(counters.release.mock.calls).toEqual([['a'], ['b']]);
    expect(counters.clear).toHaveBeenCalledWith('c');
    // Four times the longest window, so a counter still in use is never dropped.
    expect(counters.deleteWindowsOlderThan).toHaveBeenCalledWith(60 * 60);
  });

  it('counts a slowed-down attempt without limit, under its own key, and answers at once within the limit', async () => {
    const counters = strictMock<ThrottleRepository>('ThrottleRepository', { count: async () => 20 });
    const throttle = service(counters);
    const ticket = await throttle.slowDown(SIGN_IN_PER_IP, '203.0.113.1');
    expect(ticket.key).toBe(throttle.keyFor(SIGN_IN_PER_IP, '203.0.113.1'));
    expect(counters.count).toHaveBeenCalledWith(ticket.key, 15 * 60);
  });
});
