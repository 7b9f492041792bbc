import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword } from '../people/password-hasher';
import type { OrganisationRole } from '../people/person.entity';
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS, TOUCH_INTERVAL_MS } from './auth-settings';
import type { SessionUser } from './session-user';
import { AuthPerson, SessionRepository } from './session.repository';

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

@Injectable()
export class AuthService {
  /** Verified against when the email is unknown, so both failures take the same time. */
  private readonly dummyHash: Promise<string> = hashPassword(randomBytes(16).toString('hex'));

  constructor(private readonly sessions: SessionRepository) {}

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
      organisationId: person.organisationId,
      expiresAt: new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS),
    });
    return token;
  }

  /** The signed-in person for a cookie token, or null when the session is unknown, idle too long, too old, or the account is inactive. */
  async resolveSession(token: string, now = new Date()): Promise<SessionUser | null> {
    const tokenHash = hashToken(token);
    const session = await this.sessions.findByTokenHash(tokenHash);
    if (!session) return null;
    const idleFor = now.getTime() - session.lastSeenAt.getTime();
    if (idleFor > IDLE_TIMEOUT_MS || now >= session.expiresAt) {
      await this.sessions.deleteByTokenHash(tokenHash);
      return null;
    }
    const person = await this.sessions.personById(session.personId);
    if (!person || !person.active) {
      await this.sessions.deleteForPerson(session.personId);
      return null;
    }
    if (idleFor > TOUCH_INTERVAL_MS) await this.sessions.touch(session.id, now);
    return {
      personId: person.id,
      organisationId: person.organisationId,
      roles: person.roles as OrganisationRole[],
      isPlatformAdmin: person.isPlatformAdmin,
    };
  }

  async endSession(token: string): Promise<void> {
    await this.sessions.deleteByTokenHash(hashToken(token));
  }
}
