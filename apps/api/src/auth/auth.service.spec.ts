import { strictMock } from '../../test/support/strict-mock';
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS, TOUCH_INTERVAL_MS } from './auth-settings';
import { SecondFactorRequiredError, SignInFailedError } from './auth-errors';
import { AuthService, hashToken } from './auth.service';
import type { SecondFactorService } from './second-factor.service';
import type { AuthPerson, SessionRepository, StoredSession } from '../sessions/session.repository';
import { SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_IP, type ThrottleService, type ThrottleTicket } from './throttle.service';

// argon2 is slow on purpose; a stand-in hashes.
jest.mock('../people/password-hasher', () => jest.requireActual('../../test/support/fake-password-hasher'));

const NOW = new Date('2026-03-02T10:00:00Z');
const SAM: AuthPerson = {
  id: 'sam',
  organisationId: 'org-1',
  passwordHash: 'hashed:right password',
  roles: ['link_worker'],
  isPlatformAdmin: false,
  active: true,
  totpEnabled: false,
};
const IP_TICKET: ThrottleTicket = { key: 'ip' };
const ACCOUNT_TICKET: ThrottleTicket = { key: 'account' };

function setUp(person: AuthPerson | null, verifyAtSignIn = async () => false) {
  const sessions = strictMock<SessionRepository>('SessionRepository', {
    personByEmail: async () => person,
    create: async () => undefined,
    deleteByTokenHash: async () => undefined,
  });
  const throttle = strictMock<ThrottleService>('ThrottleService', {
    slowDown: async () => IP_TICKET,
    reserve: async () => ACCOUNT_TICKET,
    release: async () => undefined,
    clear: async () => undefined,
    purgeExpired: async () => undefined,
  });
  const secondFactor = strictMock<SecondFactorService>('SecondFactorService', {
    verifyAtSignIn,
    isRequiredFor: () => false,
  });
  return { sessions, throttle, secondFactor, auth: new AuthService(sessions, throttle, secondFactor) };
}

describe('AuthService.signIn (repositories mocked)', () => {
  const attempt = { email: '  Sam@Example.org ', password: 'right password', ip: '203.0.113.9' };

  it('counts the attempt against the IP address and the normalised email before checking the password', async () => {
    const { auth, throttle, sessions } = setUp(SAM);
    await auth.signIn(attempt);
    expect(throttle.slowDown).toHaveBeenCalledWith(SIGN_IN_PER_IP, '203.0.113.9');
    expect(throttle.reserve).toHaveBeenCalledWith(SIGN_IN_PER_ACCOUNT, 'sam@example.org');
    expect(sessions.personByEmail).toHaveBeenCalledWith('sam@example.org');
    expect(throttle.slowDown.mock.invocationCallOrder[0]).toBeLessThan(throttle.reserve.mock.invocationCallOrder[0]);
    expect(throttle.reserve.mock.invocationCallOrder[0]).toBeLessThan(
      sessions.personByEmail.mock.invocationCallOrder[0],
    );
  });

  it('hands the address’s attempt back when the account’s window is full, checking no password', async () => {
    const { auth, throttle, sessions } = setUp(SAM);
    const full = new Error('full');
    throttle.reserve.mockRejectedValue(full);
    await expect(auth.signIn(attempt)).rejects.toBe(full);
    expect(throttle.release).toHaveBeenCalledWith(IP_TICKET);
    expect(sessions.personByEmail).not.toHaveBeenCalled();
  });

  it('on success wipes the account’s count, hands the IP attempt back and purges old counters', async () => {
    const { auth, throttle } = setUp(SAM);
    await expect(auth.signIn(attempt)).resolves.toBe(SAM);
    expect(throttle.clear).toHaveBeenCalledWith(ACCOUNT_TICKET);
    expect(throttle.release).toHaveBeenCalledWith(IP_TICKET);
    expect(throttle.purgeExpired).toHaveBeenCalled();
  });

  it.each<[string, AuthPerson | null, string]>([
    ['an unknown email', null, 'right password'],
    ['a wrong password', SAM, 'wrong password'],
    ['a deactivated account', { ...SAM, active: false }, 'right password'],
    ['an account with no password yet', { ...SAM, passwordHash: null }, 'right password'],
  ])('refuses %s with the one sign-in failure, keeping the attempts counted', async (_case, person, password) => {
    const { auth, throttle } = setUp(person);
    await expect(auth.signIn({ ...attempt, password })).rejects.toBeInstanceOf(SignInFailedError);
    expect(throttle.release).not.toHaveBeenCalled();
    expect(throttle.clear).not.toHaveBeenCalled();
  });

  it('asks for a code once the password is right, handing both attempts back (not a failure)', async () => {
    const { auth, throttle, secondFactor } = setUp({ ...SAM, totpEnabled: true });
    const answer = auth.signIn(attempt);
    await expect(answer).rejects.toBeInstanceOf(SecondFactorRequiredError);
    await expect(answer).rejects.toMatchObject({ errors: [] });
    expect(throttle.release).toHaveBeenCalledWith(IP_TICKET, ACCOUNT_TICKET);
    expect(secondFactor.verifyAtSignIn).not.toHaveBeenCalled();
  });

  it.each([
    ['totp', { totp: '123456' }],
    ['recoveryCode', { recoveryCode: 'abcd-efgh-jkmn-pqrs' }],
  ])('names the %s field when the code is wrong, and counts the attempt', async (field, code) => {
    const { auth, throttle } = setUp({ ...SAM, totpEnabled: true });
    await expect(auth.signIn({ ...attempt, ...code })).rejects.toMatchObject({
      errors: [`${field} is not right, or was already used`],
    });
    expect(throttle.release).not.toHaveBeenCalled();
  });

  it('signs in with a right code', async () => {
    const person = { ...SAM, totpEnabled: true };
    const { auth, secondFactor } = setUp(person, async () => true);
    await expect(auth.signIn({ ...attempt, totp: '123456' })).resolves.toBe(person);
    expect(secondFactor.verifyAtSignIn).toHaveBeenCalledWith(person, '123456');
  });
});

describe('AuthService sessions (repositories mocked)', () => {
  it('starts a new session, storing only the token’s hash, for 12 hours, and ends the one it replaces', async () => {
    const { auth, sessions } = setUp(SAM);
    const token = await auth.startSession(SAM, 'old-token', NOW);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(sessions.deleteByTokenHash).toHaveBeenCalledWith(hashToken('old-token'));
    // No organisation is passed: the database takes the session's from its person's row.
    expect(sessions.create).toHaveBeenCalledWith({
      tokenHash: hashToken(token),
      personId: 'sam',
      expiresAt: new Date(NOW.getTime() + ABSOLUTE_TIMEOUT_MS),
    });
  });

  const session = (lastSeenMsAgo: number, expiresInMs = 60 * 60 * 1000): StoredSession => ({
    id: 'session-1',
    personId: 'sam',
    lastSeenAt: new Date(NOW.getTime() - lastSeenMsAgo),
    expiresAt: new Date(NOW.getTime() + expiresInMs),
  });

  function resolving(found: { session: StoredSession; person: AuthPerson | null } | null, needsSecondFactor = false) {
    const sessions = strictMock<SessionRepository>('SessionRepository', {
      sessionWithPerson: async () => found,
      deleteByTokenHash: async () => undefined,
      deleteForPerson: async () => undefined,
      touch: async () => undefined,
    });
    const secondFactor = strictMock<SecondFactorService>('SecondFactorService', {
      isRequiredFor: () => needsSecondFactor,
    });
    return { sessions, auth: new AuthService(sessions, strictMock<ThrottleService>('ThrottleService'), secondFactor) };
  }

  it('knows nobody for an unknown token', async () => {
    const { auth, sessions } = resolving(null);
    await expect(auth.resolveSession('token', NOW)).resolves.toBeNull();
    expect(sessions.sessionWithPerson).toHaveBeenCalledWith(hashToken('token'));
  });

  it.each([
    ['idle for longer than 30 minutes', session(IDLE_TIMEOUT_MS + 1)],
    ['past its absolute end', session(0, 0)],
  ])('ends a session %s', async (_case, stored) => {
    const { auth, sessions } = resolving({ session: stored, person: SAM });
    await expect(auth.resolveSession('token', NOW)).resolves.toBeNull();
    expect(sessions.deleteByTokenHash).toHaveBeenCalledWith(hashToken('token'));
  });

  it.each([
    ['no longer exists', null],
    ['is deactivated', { ...SAM, active: false }],
  ])('ends every session of a person who %s', async (_case, person) => {
    const { auth, sessions } = resolving({ session: session(0), person });
    await expect(auth.resolveSession('token', NOW)).resolves.toBeNull();
    expect(sessions.deleteForPerson).toHaveBeenCalledWith('sam');
  });

  it.each([
    ['does not write last-seen again within a minute', TOUCH_INTERVAL_MS, false],
    ['writes last-seen after more than a minute', TOUCH_INTERVAL_MS + 1, true],
  ])('answers the signed-in person, and %s', async (_case, idleMs, touched) => {
    const { auth, sessions } = resolving({ session: session(idleMs), person: SAM });
    await expect(auth.resolveSession('token', NOW)).resolves.toEqual({
      sessionId: 'session-1',
      user: { personId: 'sam', organisationId: 'org-1', roles: ['link_worker'], isPlatformAdmin: false },
      mustEnrolSecondFactor: false,
    });
    expect(sessions.touch.mock.calls).toEqual(touched ? [['session-1', NOW]] : []);
  });

  it.each([
    [true, false, true],
    [true, true, false],
    [false, false, false],
  ])(
    'restricts the session when the role needs a second factor (%s) and none is on (enabled: %s): %s',
    async (needed, enabled, restricted) => {
      const { auth } = resolving({ session: session(0), person: { ...SAM, totpEnabled: enabled } }, needed);
      expect((await auth.resolveSession('token', NOW))?.mustEnrolSecondFactor).toBe(restricted);
    },
  );

  it('ends a session at sign-out by its token’s hash', async () => {
    const { auth, sessions } = setUp(SAM);
    await auth.endSession('token');
    expect(sessions.deleteByTokenHash).toHaveBeenCalledWith(hashToken('token'));
  });
});
