import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SessionEntity } from './session.entity';

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

/** What every signed-in request needs of its person (never the password hash). */
export type SessionPerson = Omit<AuthPerson, 'passwordHash'>;

/** The parts of a stored session that deciding whether it is still valid needs. */
export type StoredSession = Pick<SessionEntity, 'id' | 'personId' | 'lastSeenAt' | 'expiresAt'>;

/**
 * The only code that touches sessions. Sessions are found by an unguessable token before any
 * organisation is known, and ended where none is in scope, so the API's role works on them only
 * through narrow SECURITY DEFINER functions (migration 1763700008000); the table itself is under
 * row-level security and the role has no privilege on it.
 */
@Injectable()
export class SessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  async personByEmail(email: string): Promise<AuthPerson | null> {
    const rows: AuthPersonRow[] = await this.dataSource.query(
      `SELECT p.*, ladder_auth_totp_enabled(p.id) AS totp_enabled FROM ladder_auth_person_by_email($1) p`,
      [email],
    );
    return rows[0] ? toAuthPerson(rows[0]) : null;
  }

  /** A new session; its organisation is its person's. */
  async create(session: Pick<SessionEntity, 'tokenHash' | 'personId' | 'expiresAt'>): Promise<void> {
    await this.dataSource.query(`SELECT ladder_session_start($1, $2, $3)`, [
      session.tokenHash,
      session.personId,
      session.expiresAt,
    ]);
  }

  /**
   * A session and its person in one statement — this runs on every signed-in request — without the
   * password hash, which only sign-in reads. `person` is null when the person no longer exists.
   */
  async sessionWithPerson(tokenHash: string): Promise<{ session: StoredSession; person: SessionPerson | null } | null> {
    const rows: {
      session_id: string;
      session_person_id: string;
      last_seen_at: Date;
      expires_at: Date;
      id: string | null;
      organisation_id: string | null;
      roles: string[];
      is_platform_admin: boolean;
      active: boolean;
      totp_enabled: boolean;
    }[] = await this.dataSource.query(`SELECT * FROM ladder_session_person($1)`, [tokenHash]);
    const row = rows[0];
    if (!row) return null;
    return {
      session: {
        id: row.session_id,
        personId: row.session_person_id,
        lastSeenAt: row.last_seen_at,
        expiresAt: row.expires_at,
      },
      person:
        row.id === null
          ? null
          : {
              id: row.id,
              organisationId: row.organisation_id,
              roles: row.roles,
              isPlatformAdmin: row.is_platform_admin,
              active: row.active,
              totpEnabled: row.totp_enabled,
            },
    };
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.dataSource.query(`SELECT ladder_session_touch($1, $2)`, [id, at]);
  }

  async deleteByTokenHash(tokenHash: string): Promise<void> {
    await this.dataSource.query(`SELECT ladder_session_end($1)`, [tokenHash]);
  }

  /** Ends every session of a person at once (sign-out everywhere, deactivation, password change). */
  async deleteForPerson(personId: string): Promise<void> {
    await this.dataSource.query(`SELECT ladder_sessions_end_for_person($1, NULL)`, [personId]);
  }

  /** Ends a person's other sessions, keeping the one in use (after a change to how they sign in). */
  async deleteForPersonExcept(personId: string, keepSessionId: string): Promise<void> {
    await this.dataSource.query(`SELECT ladder_sessions_end_for_person($1, $2)`, [personId, keepSessionId]);
  }

  async deleteExpired(now: Date): Promise<void> {
    await this.dataSource.query(`SELECT ladder_sessions_end_expired($1)`, [now]);
  }
}
