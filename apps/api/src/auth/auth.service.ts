import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword } from '../people/password-hasher';
import type { OrganisationRole } from '../access/organisation-role';
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS, TOUCH_INTERVAL_MS } from './auth-settings';
import { SecondFactorRequiredError, SignInFailedError } from './auth-errors';
import { SecondFactorService } from './second-factor.service';
import type { SessionUser } from '../access/session-user';
import { AuthPerson, SessionRepository } from '../sessions/session.repository';
import { SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_IP, ThrottleService, type ThrottleTicket } from './throttle.service';

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export interface SignInAttempt {
  email: string;
  password: string;
  /** Six digits from the authenticator app. */
  totp?: string;
  recoveryCode?: string;
  /** The client's address as Express sees it (`trust proxy` is loopback only). */
  ip: string;
}

export interface ResolvedSession {
  sessionId: string;
  user: SessionUser;
  /**
   * The person's role needs two-step verification and they have not set it up:
   * the session may only finish enrolment (see SessionGuard).
   */
  mustEnrolSecondFactor: boolean;
}

@Injectable()
export class AuthService {
  /** Verified against when the email is unknown, so both failures take the same time. */
  private readonly dummyHash: Promise<string> = hashPassword(randomBytes(16).toString('hex'));

  constructor(
    private readonly sessions: SessionRepository,
    private readonly throttle: ThrottleService,
    private readonly secondFactor: SecondFactorService,
  ) {}

  /**
   * The whole sign-in decision. Every attempt is counted against the IP address
   * (past its limit, a slow-down) and the email, known or not (past its limit, a
   * refusal), before the password is checked, and handed back unless it failed; a
   * success clears the account's count. Unknown email and
   * wrong password look alike in answer, throttling and time. Only once the
   * password is right does the answer say a code is needed.
   */
  async signIn(attempt: SignInAttempt): Promise<AuthPerson> {
    const email = attempt.email.trim().toLowerCase();
    const ipAttempt = await this.throttle.slowDown(SIGN_IN_PER_IP, attempt.ip);
    let accountAttempt: ThrottleTicket;
    try {
      accountAttempt = await this.throttle.reserve(SIGN_IN_PER_ACCOUNT, email);
    } catch (refused) {
      await this.throttle.release(ipAttempt);
      throw refused;
    }
    const person = await this.verifyCredentials(email, attempt.password);
    if (!person) throw new SignInFailedError();

    if (person.totpEnabled) {
      const code = attempt.totp ?? attempt.recoveryCode;
      if (code === undefined) {
        // Not a failure: the usual first step of a two-step sign-in.
        await this.throttle.release(ipAttempt, accountAttempt);
        throw new SecondFactorRequiredError();
      }
      if (!(await this.secondFactor.verifyAtSignIn(person, code))) {
        const field = attempt.totp !== undefined ? 'totp' : 'recoveryCode';
        throw new SecondFactorRequiredError([`${field} is not right, or was already used`]);
      }
    }

    await this.throttle.clear(accountAttempt);
    await this.throttle.release(ipAttempt);
    await this.throttle.purgeExpired();
    return person;
  }

  /** The person for these credentials, or null. Unknown email and wrong password look alike, in answer and in time. */
  async verifyCredentials(email: string, password: string): Promise<AuthPerson | null> {
    const person = await this.sessions.personByEmail(email.trim().toLowerCase());
    const hash = person?.passwordHash ?? (await this.dummyHash);
    const matches = await verifyPassword(hash, password);
    if (!person || !person.passwordHash || !matches || !person.active) return null;
    return person;
  }

  /** A new session (a new id every sign-in, so a session fixed before sign-in is worthless). Returns the cookie token. */
  async startSession(person: AuthPerson, previousToken: string | undefined, now = new Date()): Promise<string> {
    if (previousToken) await this.sessions.deleteByTokenHash(hashToken(previousToken));
    const token = randomBytes(32).toString('base64url');
    await this.sessions.create({
      tokenHash: hashToken(token),
      personId: person.id,
      expiresAt: new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS),
    });
    return token;
  }

  /** The signed-in person for a cookie token, or null when the session is unknown, idle too long, too old, or the account is inactive. */
  async resolveSession(token: string, now = new Date()): Promise<ResolvedSession | null> {
    const tokenHash = hashToken(token);
    const found = await this.sessions.sessionWithPerson(tokenHash);
    if (!found) return null;
    const { session, person } = found;
    const idleFor = now.getTime() - session.lastSeenAt.getTime();
    if (idleFor > IDLE_TIMEOUT_MS || now >= session.expiresAt) {
      await this.sessions.deleteByTokenHash(tokenHash);
      return null;
    }
    if (!person || !person.active) {
      await this.sessions.deleteForPerson(session.personId);
      return null;
    }
    if (idleFor > TOUCH_INTERVAL_MS) await this.sessions.touch(session.id, now);
    return {
      sessionId: session.id,
      user: {
        personId: person.id,
        organisationId: person.organisationId,
        roles: person.roles as OrganisationRole[],
        isPlatformAdmin: person.isPlatformAdmin,
      },
      // Decided afresh on every request, so a role given after sign-in is covered too.
      mustEnrolSecondFactor: !person.totpEnabled && this.secondFactor.isRequiredFor(person),
    };
  }

  async endSession(token: string): Promise<void> {
    await this.sessions.deleteByTokenHash(hashToken(token));
  }
}
