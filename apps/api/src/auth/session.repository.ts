import { Injectable } from '@nestjs/common';
import { DataSource, LessThan, Not } from 'typeorm';
import { SessionEntity } from './session.entity';

/** What sign-in needs to know about a person, read through SECURITY DEFINER functions (no organisation is known yet). */
export interface AuthPerson {
  id: string;
  organisationId: string | null;
  passwordHash: string | null;
  roles: string[];
  isPlatformAdmin: boolean;
  active: boolean;
  /** Has a confirmed authenticator app (two-step verification on). */
  totpEnabled: boolean;
}

interface AuthPersonRow {
  id: string;
  organisation_id: string | null;
  password_hash: string | null;
  roles: string[];
  is_platform_admin: boolean;
  active: boolean;
  totp_enabled: boolean;
}

const toAuthPerson = (row: AuthPersonRow): AuthPerson => ({
  id: row.id,
  organisationId: row.organisation_id,
  passwordHash: row.password_hash,
  roles: row.roles,
  isPlatformAdmin: row.is_platform_admin,
  active: row.active,
  totpEnabled: row.totp_enabled,
});

/** The parts of a stored session that deciding whether it is still valid needs. */
export type StoredSession = Pick<SessionEntity, 'id' | 'personId' | 'lastSeenAt' | 'expiresAt'>;

/**
 * The only code that touches sessions. Sessions are found by an unguessable
 * token before any organisation is known, so this table is not under
 * row-level security; it holds no personal data beyond ids.
 */
@Injectable()
export class SessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get sessions() {
    return this.dataSource.getRepository(SessionEntity);
  }

  async personByEmail(email: string): Promise<AuthPerson | null> {
    const rows: AuthPersonRow[] = await this.dataSource.query(
      `SELECT p.*, ladder_auth_totp_enabled(p.id) AS totp_enabled FROM ladder_auth_person_by_email($1) p`,
      [email],
    );
    return rows[0] ? toAuthPerson(rows[0]) : null;
  }

  async create(session: Pick<SessionEntity, 'tokenHash' | 'personId' | 'organisationId' | 'expiresAt'>): Promise<void> {
    await this.sessions.insert(session);
  }

  /**
   * A session and its person in one round trip — this runs on every signed-in request.
   * `person` is null when the person no longer exists.
   */
  async sessionWithPerson(tokenHash: string): Promise<{ session: StoredSession; person: AuthPerson | null } | null> {
    const rows: (AuthPersonRow & {
      session_id: string;
      session_person_id: string;
      last_seen_at: Date;
      expires_at: Date;
    })[] = await this.dataSource.query(
      `SELECT s.id AS session_id, s.person_id AS session_person_id, s.last_seen_at, s.expires_at,
                p.*, ladder_auth_totp_enabled(p.id) AS totp_enabled
           FROM sessions s
           LEFT JOIN LATERAL ladder_auth_person_by_id(s.person_id) p ON true
          WHERE s.token_hash = $1`,
      [tokenHash],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      session: {
        id: row.session_id,
        personId: row.session_person_id,
        lastSeenAt: row.last_seen_at,
        expiresAt: row.expires_at,
      },
      person: row.id ? toAuthPerson(row) : null,
    };
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.sessions.update({ id }, { lastSeenAt: at });
  }

  async deleteByTokenHash(tokenHash: string): Promise<void> {
    await this.sessions.delete({ tokenHash });
  }

  /** Ends every session of a person at once (sign-out everywhere, deactivation, password change). */
  async deleteForPerson(personId: string): Promise<void> {
    await this.sessions.delete({ personId });
  }

  /** Ends a person's other sessions, keeping the one in use (after a change to how they sign in). */
  async deleteForPersonExcept(personId: string, keepSessionId: string): Promise<void> {
    await this.sessions.delete({ personId, id: Not(keepSessionId) });
  }

  async deleteExpired(now: Date): Promise<void> {
    await this.sessions.delete({ expiresAt: LessThan(now) });
  }
}
