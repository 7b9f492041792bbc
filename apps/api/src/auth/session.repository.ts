import { Injectable } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import { SessionEntity } from './session.entity';

/** What sign-in needs to know about a person, read through the two SECURITY DEFINER functions. */
export interface AuthPerson {
  id: string;
  organisationId: string | null;
  passwordHash: string | null;
  roles: string[];
  isPlatformAdmin: boolean;
  active: boolean;
}

interface AuthPersonRow {
  id: string;
  organisation_id: string | null;
  password_hash: string | null;
  roles: string[];
  is_platform_admin: boolean;
  active: boolean;
}

const toAuthPerson = (row: AuthPersonRow): AuthPerson => ({
  id: row.id,
  organisationId: row.organisation_id,
  passwordHash: row.password_hash,
  roles: row.roles,
  isPlatformAdmin: row.is_platform_admin,
  active: row.active,
});

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
    const rows: AuthPersonRow[] = await this.dataSource.query(`SELECT * FROM ladder_auth_person_by_email($1)`, [email]);
    return rows[0] ? toAuthPerson(rows[0]) : null;
  }

  async personById(id: string): Promise<AuthPerson | null> {
    const rows: AuthPersonRow[] = await this.dataSource.query(`SELECT * FROM ladder_auth_person_by_id($1)`, [id]);
    return rows[0] ? toAuthPerson(rows[0]) : null;
  }

  async create(session: Pick<SessionEntity, 'tokenHash' | 'personId' | 'organisationId' | 'expiresAt'>): Promise<void> {
    await this.sessions.insert(session);
  }

  findByTokenHash(tokenHash: string): Promise<SessionEntity | null> {
    return this.sessions.findOneBy({ tokenHash });
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

  async deleteExpired(now: Date): Promise<void> {
    await this.sessions.delete({ expiresAt: LessThan(now) });
  }
}
